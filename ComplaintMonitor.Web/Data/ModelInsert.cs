using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplaintMonitor.Web.Data;

/// <summary>
/// A prepared INSERT for one entity type, built from the EF model (table and column names, value converters): each
/// column's value is read from the entity and converted as EF would. For writers of many rows (the demo seeder, the
/// deadline scan) where change tracking costs more than the writes themselves. It runs as a <see cref="RowStatement"/>,
/// prepared when the first row is written (the connection is open by then).
/// </summary>
public sealed class ModelInsert : IDisposable
{
    private readonly DbConnection _connection;
    private readonly string _sql;
    private readonly string[] _parameters;
    private readonly List<Func<object, long?, long?, object?>> _values = [];
    private RowStatement? _statement;

    /// <param name="db">The context whose connection runs the command.</param>
    /// <param name="type">The entity type written.</param>
    /// <param name="includeKey">Whether the key is given (otherwise the database assigns it).</param>
    /// <param name="foreignKeysFromParent">Children of a case take their foreign key from the case's id; other rows keep their own.</param>
    /// <param name="returningKey">Whether the statement returns the assigned key (see <see cref="InsertReturningKey"/>).</param>
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
        _connection = db.Database.GetDbConnection();
        _parameters = [.. columns.Select((_, i) => $"@p{i}")];
        _sql = $"""
            INSERT INTO "{type.GetTableName()}" ({string.Join(", ", columns.Select(c => $"\"{c}\""))})
            VALUES ({string.Join(", ", _parameters)})
            """ + (returningKey ? $" RETURNING \"{key}\"" : "");
    }

    public static ModelInsert For<T>(DbContext db, bool includeKey, bool foreignKeysFromParent = true, bool returningKey = false) =>
        new(db, db.Model.FindEntityType(typeof(T))!, includeKey, foreignKeysFromParent, returningKey);

    public void Insert(object entity, DbTransaction transaction, long? id, long? parentId) => Bind(entity, transaction, id, parentId).Execute();

    /// <summary>Inserts and returns the key the database assigned.</summary>
    public long InsertReturningKey(object entity, DbTransaction transaction, long? parentId) =>
        Bind(entity, transaction, null, parentId).ExecuteInt64() ?? throw new InvalidOperationException("The insert returned no key.");

    private RowStatement Bind(object entity, DbTransaction transaction, long? id, long? parentId)
    {
        _statement ??= RowStatement.Prepare(_connection, transaction, _sql, _parameters);
        _statement.Use(transaction);
        for (var i = 0; i < _values.Count; i++)
        {
            _statement.Set(i, _values[i](entity, id, parentId));
        }
        return _statement;
    }

    private static object? Convert(object? value, ValueConverter? converter) =>
        value is null ? null : converter is null ? value : converter.ConvertToProvider(value);

    public void Dispose() => _statement?.Dispose();
}
