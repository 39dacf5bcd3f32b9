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

        await using var write = connection.CreateCommand();
        write.Transaction = transaction;
        // Adding returns whether the row fell to all zeroes, so only those rows pay for a delete.
        write.CommandText = $"""
            INSERT INTO "StatRows" ({Key}, {string.Join(", ", columns.Select(c => $"\"{c}\""))})
            VALUES ({string.Join(", ", KeyColumns.Select((_, i) => $"@k{i}"))}, {string.Join(", ", columns.Select((_, i) => $"@c{i}"))})
            ON CONFLICT ({Key}) DO UPDATE SET
            """ + (overwrite
            ? string.Join(", ", columns.Select(c => $"\"{c}\" = excluded.\"{c}\""))
            : string.Join(", ", columns.Select(c => $"\"{c}\" = \"StatRows\".\"{c}\" + excluded.\"{c}\"")) + $" RETURNING {string.Join(" AND ", columns.Select(c => $"\"{c}\" = 0"))}");
        var keyParameters = KeyColumns.Select((_, i) => Parameter(write, $"@k{i}")).ToArray();
        var countParameters = columns.Select((_, i) => Parameter(write, $"@c{i}")).ToArray();

        await using var prune = connection.CreateCommand();
        prune.Transaction = transaction;
        prune.CommandText = $"""
            DELETE FROM "StatRows" WHERE {string.Join(" AND ", KeyColumns.Select((c, i) => $"\"{c}\" = @k{i}"))}
            """;
        var pruneParameters = KeyColumns.Select((_, i) => Parameter(prune, $"@k{i}")).ToArray();

        // In key order: neighbouring rows share pages, which stay in the cache while they are written.
        var rows = deltas.Rows.OrderBy(r => r.Key.Period).ThenBy(r => r.Key.Day).ThenBy(r => r.Key.UnitId).ThenBy(r => r.Key.WindowId).ThenBy(r => r.Key.StaffId);
        var written = 0;
        foreach (var (key, values) in rows)
        {
            object[] keyValues = [(int)key.Period, key.Day, key.UnitId, key.WindowId, key.StaffId, key.Channel.ToString(), key.Category.ToString()];
            for (var i = 0; i < keyValues.Length; i++)
            {
                keyParameters[i].Value = keyValues[i];
                pruneParameters[i].Value = keyValues[i];
            }
            for (var i = 0; i < values.Length; i++)
            {
                countParameters[i].Value = values[i];
            }
            written++;
            if (overwrite)
            {
                await write.ExecuteNonQueryAsync(ct);
            }
            else if (Convert.ToInt64(await write.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 1)
            {
                await prune.ExecuteNonQueryAsync(ct);
            }
        }
        return written;
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        command.Parameters.Add(p);
        return p;
    }
}
