using System.Data.Common;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>
/// Writes deltas to rollup rows inside the caller's transaction with prepared statements (<see cref="RowStatement"/>)
/// understood by SQLite and PostgreSQL: <c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c> that adds and says whether the row fell to all zeroes,
/// then a delete of those rows; or, for a full recompute's corrections (<see cref="StatRowSync"/>), an upsert that sets the counts.
/// </summary>
public static class StatRowWriter
{
    /// <summary>The rollup key's columns, in key order.</summary>
    internal static readonly string[] KeyColumns = ["Period", "Day", "UnitId", "WindowId", "StaffId", "Channel", "Category"];
    private static readonly string Key = string.Join(", ", KeyColumns.Select(c => $"\"{c}\""));

    public static int Apply(DbContext db, StatDeltas deltas, CancellationToken ct, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(deltas);
        return Apply(db, deltas.Rows, ct, overwrite);
    }

    /// <summary>Writes <paramref name="deltas"/> (added to the stored counts, or with <paramref name="overwrite"/> replacing them); returns the number of rows written.</summary>
    public static int Apply(DbContext db, IEnumerable<KeyValuePair<StatKey, ArraySegment<long>>> deltas, CancellationToken ct, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(deltas);
        var columns = StatCountsColumns.Names;
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Rollups are written inside a transaction.");

        var set = overwrite
            ? string.Join(", ", columns.Select(c => $"\"{c}\" = excluded.\"{c}\""))
            : string.Join(", ", columns.Select(c => $"\"{c}\" = \"StatRows\".\"{c}\" + excluded.\"{c}\""));
        using var add = Upsert(connection, transaction, set);
        // A row that loses counts may fall to all zeroes: its upsert says so, and only those rows pay for a delete.
        using var subtract = Upsert(connection, transaction, set + $" RETURNING {string.Join(" AND ", columns.Select(c => $"\"{c}\" = 0"))}");
        using var prune = Delete(connection, transaction);

        // In key order: neighbouring rows share pages, which stay in the cache while they are written.
        var rows = deltas.OrderBy(r => r.Key.Period).ThenBy(r => r.Key.Day).ThenBy(r => r.Key.UnitId).ThenBy(r => r.Key.WindowId).ThenBy(r => r.Key.StaffId);
        var written = 0;
        foreach (var (key, values) in rows)
        {
            if ((++written & 1023) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }
            var mayEmpty = !overwrite && values.Any(v => v < 0);
            var write = mayEmpty ? subtract : add;
            SetKey(write, key);
            for (var i = 0; i < values.Count; i++)
            {
                write.Set(KeyColumns.Length + i, values[i]);
            }
            if (!mayEmpty)
            {
                write.Execute();
            }
            else if (write.ExecuteInt64() == 1)
            {
                SetKey(prune, key);
                prune.Execute();
            }
        }
        return written;
    }

    /// <summary>A delete of one row by its key (<see cref="SetKey"/>).</summary>
    public static RowStatement Delete(DbConnection connection, DbTransaction transaction) =>
        RowStatement.Prepare(connection, transaction, $"""
            DELETE FROM "StatRows" WHERE {string.Join(" AND ", KeyColumns.Select((c, i) => $"\"{c}\" = @k{i}"))}
            """, [.. KeyColumns.Select((_, i) => $"@k{i}")]);

    /// <summary>Sets the key columns, the statement's first parameters.</summary>
    public static void SetKey(RowStatement statement, StatKey key)
    {
        ArgumentNullException.ThrowIfNull(statement);
        statement.Set(0, (int)key.Period);
        statement.Set(1, key.Day);
        statement.Set(2, key.UnitId);
        statement.Set(3, key.WindowId);
        statement.Set(4, key.StaffId);
        statement.Set(5, key.Channel.ToString());
        statement.Set(6, key.Category.ToString());
    }

    private static RowStatement Upsert(DbConnection connection, DbTransaction transaction, string set)
    {
        var columns = StatCountsColumns.Names;
        var parameters = KeyColumns.Select((_, i) => $"@k{i}").Concat(columns.Select((_, i) => $"@c{i}")).ToList();
        return RowStatement.Prepare(connection, transaction, $"""
            INSERT INTO "StatRows" ({Key}, {string.Join(", ", columns.Select(c => $"\"{c}\""))})
            VALUES ({string.Join(", ", parameters)})
            ON CONFLICT ({Key}) DO UPDATE SET {set}
            """, parameters);
    }
}
