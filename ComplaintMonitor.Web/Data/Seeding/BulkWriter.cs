using System.Data.Common;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintMonitor.Web.Data.Seeding;

/// <summary>
/// Writes generated complaints with their deadlines, extensions and history through prepared INSERTs built from the EF
/// model (table and column names, value converters), inside one transaction per batch: an order of magnitude faster
/// than change tracking, for demo and benchmark data only. Each case is also queued for the statistics rollup.
/// </summary>
public sealed class BulkWriter : IAsyncDisposable
{
    private readonly AppDbContext _db;
    private readonly TableInsert _complaints;
    private readonly TableInsert _deadlines;
    private readonly TableInsert _extensions;
    private readonly TableInsert _history;
    private readonly DbCommand _queue;
    private TableInsert? _evaluations;
    private long _nextId;

    private BulkWriter(AppDbContext db, long nextId)
    {
        _db = db;
        _nextId = nextId;
        var model = db.Model;
        _complaints = new TableInsert(db, model.FindEntityType(typeof(Complaint))!, includeKey: true);
        _deadlines = new TableInsert(db, model.FindEntityType(typeof(Domain.Deadlines.Deadline))!, includeKey: false);
        _extensions = new TableInsert(db, model.FindEntityType(typeof(ExtensionRequest))!, includeKey: false);
        _history = new TableInsert(db, model.FindEntityType(typeof(HistoryEntry))!, includeKey: false);
        _queue = db.Database.GetDbConnection().CreateCommand();
        _queue.CommandText = """INSERT INTO "StatQueue" ("ComplaintId") VALUES (@id)""";
        var p = _queue.CreateParameter();
        p.ParameterName = "@id";
        _queue.Parameters.Add(p);
    }

    public static async Task<BulkWriter> OpenAsync(AppDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var max = await db.Complaints.MaxAsync(c => (long?)c.Id, ct) ?? 0;
        return new BulkWriter(db, max + 1);
    }

    /// <summary>Writes the cases in one transaction; returns the ids they got, in order.</summary>
    public async Task<IReadOnlyList<long>> WriteAsync(IReadOnlyList<Complaint> batch, CancellationToken ct)
    {
        await using var tx = await _db.Database.BeginTransactionAsync(ct);
        var transaction = tx.GetDbTransaction();
        var ids = new List<long>(batch.Count);
        foreach (var c in batch)
        {
            var id = _nextId++;
            ids.Add(id);
            await _complaints.InsertAsync(c, transaction, id, null, ct);
            foreach (var d in c.Deadlines)
            {
                await _deadlines.InsertAsync(d, transaction, null, id, ct);
            }
            foreach (var e in c.Extensions)
            {
                await _extensions.InsertAsync(e, transaction, null, id, ct);
            }
            foreach (var h in c.History)
            {
                await _history.InsertAsync(h, transaction, null, id, ct);
            }
            _queue.Transaction = transaction;
            _queue.Parameters[0].Value = id;
            await _queue.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        return ids;
    }

    /// <summary>Writes 好差评 ratings with the given ids in one transaction (their rollup rows are recomputed afterwards).</summary>
    public async Task WriteAsync(IReadOnlyList<(long Id, Evaluation Rating)> batch, CancellationToken ct)
    {
        _evaluations ??= new TableInsert(_db, _db.Model.FindEntityType(typeof(Evaluation))!, includeKey: true, foreignKeysFromParent: false);
        await using var tx = await _db.Database.BeginTransactionAsync(ct);
        foreach (var (id, rating) in batch)
        {
            await _evaluations.InsertAsync(rating, tx.GetDbTransaction(), id, null, ct);
        }
        await tx.CommitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _complaints.DisposeAsync();
        await _deadlines.DisposeAsync();
        await _extensions.DisposeAsync();
        await _history.DisposeAsync();
        await _queue.DisposeAsync();
        if (_evaluations is not null)
        {
            await _evaluations.DisposeAsync();
        }
        await _db.Database.CloseConnectionAsync();
    }

    /// <summary>A prepared INSERT for one entity type: each column's value read from the entity and converted as EF would.</summary>
    private sealed class TableInsert : IAsyncDisposable
    {
        private readonly DbCommand _command;
        private readonly List<Func<object, long?, long?, object?>> _values = [];

        // foreignKeysFromParent: children of a case take their foreign key from the case's id; a rating keeps its own.
        public TableInsert(AppDbContext db, IEntityType type, bool includeKey, bool foreignKeysFromParent = true)
        {
            var columns = new List<string>();
            foreach (var property in type.GetProperties())
            {
                var isKey = property.IsPrimaryKey();
                if (isKey && !includeKey)
                {
                    continue;
                }
                columns.Add(property.GetColumnName());
                var isForeignKey = foreignKeysFromParent && property.IsForeignKey();
                var getter = property.GetGetter();
                var converter = property.GetTypeMapping().Converter;
                _values.Add((entity, id, parentId) =>
                    isKey ? id
                    : isForeignKey ? parentId
                    : Convert(getter.GetClrValue(entity), converter));
            }
            foreach (var complex in type.GetComplexProperties())
            {
                var complexGetter = complex.GetGetter();
                foreach (var property in complex.ComplexType.GetProperties())
                {
                    columns.Add(property.GetColumnName());
                    var info = property.PropertyInfo!;
                    var converter = property.GetTypeMapping().Converter;
                    _values.Add((entity, _, _) => complexGetter.GetClrValue(entity) is { } value ? Convert(info.GetValue(value), converter) : null);
                }
            }
            _command = db.Database.GetDbConnection().CreateCommand();
            _command.CommandText = $"""
                INSERT INTO "{type.GetTableName()}" ({string.Join(", ", columns.Select(c => $"\"{c}\""))})
                VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})
                """;
            for (var i = 0; i < columns.Count; i++)
            {
                var p = _command.CreateParameter();
                p.ParameterName = $"@p{i}";
                _command.Parameters.Add(p);
            }
        }

        public async Task InsertAsync(object entity, DbTransaction transaction, long? id, long? parentId, CancellationToken ct)
        {
            _command.Transaction = transaction;
            for (var i = 0; i < _values.Count; i++)
            {
                _command.Parameters[i].Value = _values[i](entity, id, parentId) ?? DBNull.Value;
            }
            await _command.ExecuteNonQueryAsync(ct);
        }

        private static object? Convert(object? value, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? converter) =>
            value is null ? null : converter is null ? value : converter.ConvertToProvider(value);

        public ValueTask DisposeAsync() => _command.DisposeAsync();
    }
}
