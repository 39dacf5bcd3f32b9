using System.Data.Common;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintMonitor.Web.Data.Seeding;

/// <summary>
/// Writes generated complaints with their deadlines, extensions and history through prepared INSERTs built from the EF
/// model (<see cref="ModelInsert"/>), inside one transaction per batch: an order of magnitude faster
/// than change tracking, for demo and benchmark data only. Each case is also queued for the statistics rollup.
/// </summary>
public sealed class BulkWriter : IAsyncDisposable
{
    private readonly AppDbContext _db;
    private readonly ModelInsert _complaints;
    private readonly ModelInsert _deadlines;
    private readonly ModelInsert _extensions;
    private readonly ModelInsert _history;
    private readonly DbCommand _queue;
    private ModelInsert? _evaluations;
    private long _nextId;

    private BulkWriter(AppDbContext db, long nextId)
    {
        _db = db;
        _nextId = nextId;
        var model = db.Model;
        _complaints = new ModelInsert(db, model.FindEntityType(typeof(Complaint))!, includeKey: true);
        _deadlines = new ModelInsert(db, model.FindEntityType(typeof(Domain.Deadlines.Deadline))!, includeKey: false);
        _extensions = new ModelInsert(db, model.FindEntityType(typeof(ExtensionRequest))!, includeKey: false);
        _history = new ModelInsert(db, model.FindEntityType(typeof(HistoryEntry))!, includeKey: false);
        _queue = db.Database.GetDbConnection().CreateCommand();
        _queue.CommandText = """INSERT INTO "StatQueue" ("ComplaintId") VALUES (@id)""";
        _queue.AddParameter("@id");
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
            _complaints.Insert(c, transaction, id, null);
            foreach (var d in c.Deadlines)
            {
                _deadlines.Insert(d, transaction, null, id);
            }
            foreach (var e in c.Extensions)
            {
                _extensions.Insert(e, transaction, null, id);
            }
            foreach (var h in c.History)
            {
                _history.Insert(h, transaction, null, id);
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
        _evaluations ??= new ModelInsert(_db, _db.Model.FindEntityType(typeof(Evaluation))!, includeKey: true, foreignKeysFromParent: false);
        await using var tx = await _db.Database.BeginTransactionAsync(ct);
        foreach (var (id, rating) in batch)
        {
            _evaluations.Insert(rating, tx.GetDbTransaction(), id, null);
        }
        await tx.CommitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        _complaints.Dispose();
        _deadlines.Dispose();
        _extensions.Dispose();
        _history.Dispose();
        await _queue.DisposeAsync();
        _evaluations?.Dispose();
        await _db.Database.CloseConnectionAsync();
    }
}
