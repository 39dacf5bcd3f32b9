using System.Data.Common;
using ComplaintMonitor.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>
/// Adds deltas to rollup rows with one prepared <c>INSERT … ON CONFLICT DO UPDATE</c> (understood by SQLite and
/// PostgreSQL), inside the caller's transaction, then removes rows that fell to all zeroes.
/// </summary>
public static class DailyStatWriter
{
    private const string Key = "\"Day\", \"UnitId\", \"WindowId\", \"StaffId\", \"Channel\", \"Category\"";

    public static async Task<int> ApplyAsync(DbContext db, StatDeltas deltas, CancellationToken ct)
    {
        var columns = StatCountsColumns.Names;
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Rollups are written inside a transaction.");

        await using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = $"""
            INSERT INTO "DailyStats" ({Key}, {string.Join(", ", columns.Select(c => $"\"{c}\""))})
            VALUES (@day, @unit, @window, @staff, @channel, @category, {string.Join(", ", columns.Select((_, i) => $"@c{i}"))})
            ON CONFLICT ({Key}) DO UPDATE SET {string.Join(", ", columns.Select(c => $"\"{c}\" = \"DailyStats\".\"{c}\" + excluded.\"{c}\""))}
            """;
        var keyParameters = new[] { "@day", "@unit", "@window", "@staff", "@channel", "@category" }.Select(n => Parameter(upsert, n)).ToArray();
        var countParameters = columns.Select((_, i) => Parameter(upsert, $"@c{i}")).ToArray();

        await using var prune = connection.CreateCommand();
        prune.Transaction = transaction;
        prune.CommandText = $"""
            DELETE FROM "DailyStats" WHERE "Day" = @day AND "UnitId" = @unit AND "WindowId" = @window AND "StaffId" = @staff
            AND "Channel" = @channel AND "Category" = @category AND {string.Join(" AND ", columns.Select(c => $"\"{c}\" = 0"))}
            """;
        var pruneParameters = new[] { "@day", "@unit", "@window", "@staff", "@channel", "@category" }.Select(n => Parameter(prune, n)).ToArray();

        var written = 0;
        foreach (var (key, values) in deltas.Rows)
        {
            object[] keyValues = [key.Day, key.UnitId, key.WindowId, key.StaffId, key.Channel.ToString(), key.Category.ToString()];
            for (var i = 0; i < keyValues.Length; i++)
            {
                keyParameters[i].Value = keyValues[i];
                pruneParameters[i].Value = keyValues[i];
            }
            for (var i = 0; i < values.Length; i++)
            {
                countParameters[i].Value = values[i];
            }
            written += await upsert.ExecuteNonQueryAsync(ct);
            if (values.Any(v => v < 0))
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
