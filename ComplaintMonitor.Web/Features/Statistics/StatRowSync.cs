using System.Data.Common;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>
/// Makes the rollup table equal to a full recompute's totals inside the caller's transaction, writing only the
/// differences: one read of the table, then a delete for each row that should not exist and an upsert that sets the
/// counts of each row that is missing or wrong. A consistent rollup (the usual case) costs a read, not a million writes.
/// </summary>
public static class StatRowSync
{
    private static readonly string[] KeyColumns = ["Period", "Day", "UnitId", "WindowId", "StaffId", "Channel", "Category"];
    private static readonly string Key = string.Join(", ", KeyColumns.Select(c => $"\"{c}\""));
    private static readonly IReadOnlyList<string> Columns = StatCountsColumns.Names;

    /// <summary>Returns the number of rows written (deleted, inserted or corrected).</summary>
    public static async Task<int> ReplaceAllAsync(DbContext db, StatDeltas totals, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(totals);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Rollups are written inside a transaction.");
        var stale = new List<StatKey>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = $"""SELECT {Key}, {string.Join(", ", Columns.Select(c => $"\"{c}\""))} FROM "StatRows" """;
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var key = new StatKey((StatPeriod)reader.GetInt32(0), reader.GetFieldValue<DateOnly>(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
                    Enum.Parse<Channel>(reader.GetString(5)), Enum.Parse<ComplaintCategory>(reader.GetString(6)));
                if (!totals.TryGetValue(key, out var counts))
                {
                    stale.Add(key);
                }
                else if (Same(reader, counts))
                {
                    // Already right: nothing to write.
                    totals.Remove(key);
                }
            }
        }
        await DeleteAsync(connection, transaction, stale, ct);
        await StatRowWriter.ApplyAsync(db, totals, ct, overwrite: true);
        return stale.Count + totals.Count;
    }

    private static bool Same(DbDataReader reader, long[] counts)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            if (reader.GetInt64(KeyColumns.Length + i) != counts[i])
            {
                return false;
            }
        }
        return true;
    }

    private static async Task DeleteAsync(DbConnection connection, DbTransaction transaction, List<StatKey> keys, CancellationToken ct)
    {
        await using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = $"""DELETE FROM "StatRows" WHERE {string.Join(" AND ", KeyColumns.Select((c, i) => $"\"{c}\" = @k{i}"))}""";
        var parameters = KeyColumns.Select((_, i) =>
        {
            var p = delete.CreateParameter();
            p.ParameterName = $"@k{i}";
            delete.Parameters.Add(p);
            return p;
        }).ToArray();
        foreach (var key in keys)
        {
            object[] values = [(int)key.Period, key.Day, key.UnitId, key.WindowId, key.StaffId, key.Channel.ToString(), key.Category.ToString()];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i];
            }
            await delete.ExecuteNonQueryAsync(ct);
        }
    }
}
