using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplaintMonitor.Web.Data;

/// <summary>
/// A prepared INSERT for one entity type, built from the EF model (table and column names, value converters): each
/// column's value is read from the entity and converted as EF would. For writers of many rows (the demo seeder, the
/// deadline scan) where change tracking costs more than the writes themselves.
/// </summary>
public sealed class ModelInsert : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly List<Func<object, long?, long?, object?>> _values = [];

    /// <param name="db">The context whose connection runs the command.</param>
    /// <param name="type">The entity type written.</param>
    /// <param name="includeKey">Whether the key is given (otherwise the database assigns it).</param>
    /// <param name="foreignKeysFromParent">Children of a case take their foreign key from the case's id; other rows keep their own.</param>
    /// <param name="returningKey">Whether the statement returns the assigned key (see <see cref="InsertReturningKeyAsync"/>).</param>
    public ModelInsert(DbContext db, IEntityType type, bool includeKey, bool foreignKeysFromParent = true, bool returningKey = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(type);
        var columns = new List<string>();
        var key = "";
        foreach (var property in type.GetProperties())
        {
            var isKey = property.IsPrimaryKey();
            if (isKey)
            {
                key = property.GetColumnName();
                if (!includeKey)
                {
                    continue;
                }
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
            """ + (returningKey ? $" RETURNING \"{key}\"" : "");
        for (var i = 0; i < columns.Count; i++)
        {
            var p = _command.CreateParameter();
            p.ParameterName = $"@p{i}";
            _command.Parameters.Add(p);
        }
    }

    public static ModelInsert For<T>(DbContext db, bool includeKey, bool foreignKeysFromParent = true, bool returningKey = false) =>
        new(db, db.Model.FindEntityType(typeof(T))!, includeKey, foreignKeysFromParent, returningKey);

    public async Task InsertAsync(object entity, DbTransaction transaction, long? id, long? parentId, CancellationToken ct)
    {
        Bind(entity, transaction, id, parentId);
        await _command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Inserts and returns the key the database assigned.</summary>
    public async Task<long> InsertReturningKeyAsync(object entity, DbTransaction transaction, long? parentId, CancellationToken ct)
    {
        Bind(entity, transaction, null, parentId);
        return System.Convert.ToInt64(await _command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Bind(object entity, DbTransaction transaction, long? id, long? parentId)
    {
        _command.Transaction = transaction;
        for (var i = 0; i < _values.Count; i++)
        {
            _command.Parameters[i].Value = _values[i](entity, id, parentId) ?? DBNull.Value;
        }
    }

    private static object? Convert(object? value, ValueConverter? converter) =>
        value is null ? null : converter is null ? value : converter.ConvertToProvider(value);

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
