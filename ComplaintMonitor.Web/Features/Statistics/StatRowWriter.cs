using System.Data.Common;
using System.Globalization;
using ComplaintMonitor.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>
/// Writes deltas to rollup rows inside the caller's transaction with prepared statements understood by SQLite and
/// PostgreSQL: <c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c> that adds and says whether the row fell to all zeroes,
/// then a delete of those rows; or, for a full recompute's corrections (<see cref="StatRowSync"/>), an upsert that sets the counts.
/// </summary>
public static class StatRowWriter
{
    private static readonly string[] KeyColumns = ["Period", "Day", "UnitId", "WindowId", "StaffId", "Channel", "Category"];
    private static readonly string Key = string.Join(", ", KeyColumns.Select(c => $"\"{c}\""));

    public static async Task<int> ApplyAsync(DbContext db, StatDeltas deltas, CancellationToken ct, bool overwrite = false)
    {
        var columns = StatCountsColumns.Names;
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Rollups are written inside a transaction.");

        var set = overwrite
            ? string.Join(", ", columns.Select(c => $"\"{c}\" = excluded.\"{c}\""))
            : string.Join(", ", columns.Select(c => $"\"{c}\" = \"StatRows\".\"{c}\" + excluded.\"{c}\""));
        await using var add = Upsert(connection, transaction, set);
        // A row that loses counts may fall to all zeroes: its upsert says so, and only those rows pay for a delete.
        await using var subtract = Upsert(connection, transaction, set + $" RETURNING {string.Join(" AND ", columns.Select(c => $"\"{c}\" = 0"))}");
        await using var prune = connection.CreateCommand();
        prune.Transaction = transaction;
        prune.CommandText = $"""
            DELETE FROM "StatRows" WHERE {string.Join(" AND ", KeyColumns.Select((c, i) => $"\"{c}\" = @k{i}"))}
            """;
        foreach (var name in KeyColumns.Select((_, i) => $"@k{i}"))
        {
            Parameter(prune, name);
        }

        // In key order: neighbouring rows share pages, which stay in the cache while they are written.
        var rows = deltas.Rows.OrderBy(r => r.Key.Period).ThenBy(r => r.Key.Day).ThenBy(r => r.Key.UnitId).ThenBy(r => r.Key.WindowId).ThenBy(r => r.Key.StaffId);
        var written = 0;
        foreach (var (key, values) in rows)
        {
            object[] keyValues = [(int)key.Period, key.Day, key.UnitId, key.WindowId, key.StaffId, key.Channel.ToString(), key.Category.ToString()];
            var mayEmpty = !overwrite && values.Any(v => v < 0);
            var write = mayEmpty ? subtract : add;
            for (var i = 0; i < keyValues.Length; i++)
            {
                write.Parameters[i].Value = keyValues[i];
            }
            for (var i = 0; i < values.Count; i++)
            {
                write.Parameters[keyValues.Length + i].Value = values[i];
            }
            written++;
            if (!mayEmpty)
            {
                await write.ExecuteNonQueryAsync(ct);
            }
            else if (Convert.ToInt64(await write.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 1)
            {
                for (var i = 0; i < keyValues.Length; i++)
                {
                    prune.Parameters[i].Value = keyValues[i];
                }
                await prune.ExecuteNonQueryAsync(ct);
            }
        }
        return written;
    }

    private static DbCommand Upsert(DbConnection connection, DbTransaction transaction, string set)
    {
        var columns = StatCountsColumns.Names;
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO "StatRows" ({Key}, {string.Join(", ", columns.Select(c => $"\"{c}\""))})
            VALUES ({string.Join(", ", KeyColumns.Select((_, i) => $"@k{i}"))}, {string.Join(", ", columns.Select((_, i) => $"@c{i}"))})
            ON CONFLICT ({Key}) DO UPDATE SET {set}
            """;
        foreach (var name in KeyColumns.Select((_, i) => $"@k{i}").Concat(columns.Select((_, i) => $"@c{i}")))
        {
            Parameter(command, name);
        }
        return command;
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        command.Parameters.Add(p);
        return p;
    }
}
