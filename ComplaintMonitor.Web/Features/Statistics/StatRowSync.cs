using System.Data.Common;
using System.Runtime.CompilerServices;
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
    private static readonly IReadOnlyList<string> Columns = StatCountsColumns.Names;

    /// <summary>
    /// Returns the number of rows written (deleted, inserted or corrected). With <paramref name="readers"/>, the table is
    /// read and compared in two halves (by day) on two connections of their own while this one waits: the rollup table
    /// is not written before the comparison ends, and the caller's IMMEDIATE transaction keeps every other writer out.
    /// </summary>
    public static async Task<int> ReplaceAllAsync(DbContext db, StatDeltas totals, CancellationToken ct, IDbContextFactory<AppDbContext>? readers = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(totals);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Rollups are written inside a transaction.");
        List<Comparison> parts;
        if (readers is null || totals.Count == 0)
        {
            parts = [Compare(connection, transaction, totals, null, default, ct)];
        }
        else
        {
            var days = totals.Rows.Where((_, i) => i % 64 == 0).Select(r => r.Key.Day).Order().ToList();
            var middle = days[days.Count / 2];
            parts = [.. await Task.WhenAll(new[] { "<", ">=" }.Select(half => Task.Run(async () =>
            {
                await using var reader = await readers.CreateDbContextAsync(ct);
                await reader.Database.OpenConnectionAsync(ct);
                return Compare(reader.Database.GetDbConnection(), null, totals, half, middle, ct);
            }, ct)))];
        }
        // The rows already right are marked by their place in the pool, not removed from it: removing them was a million more lookups.
        var same = new bool[totals.Slots];
        var stale = new List<StatKey>();
        foreach (var part in parts)
        {
            foreach (var slot in part.Same)
            {
                same[slot] = true;
            }
            stale.AddRange(part.Stale);
        }
        Delete(connection, transaction, stale);
        return stale.Count + StatRowWriter.Apply(db, totals.RowsExcept(same), ct, overwrite: true);
    }

    private sealed record Comparison(List<int> Same, List<StatKey> Stale);

    /// <summary>
    /// Reads the stored rows (those whose day is <paramref name="half"/> <paramref name="middle"/>, or all) and sorts their
    /// keys into rows already right and rows that should not exist. Only reads <paramref name="totals"/>. Synchronous
    /// reads, as SQLite's async calls are anyway: a million rows pay for every await.
    /// </summary>
    // Optimized at its first call: a recompute runs its loops once, mostly in unoptimized and instrumenting tiers otherwise.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Comparison Compare(DbConnection connection, DbTransaction? transaction, StatDeltas totals, string? half, DateOnly middle, CancellationToken ct)
    {
        var result = new Comparison([], []);
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = $"""SELECT {StoredValues.Concat(StatRowWriter.KeyColumns.Concat(Columns).Select(StoredValues.Column))} FROM "StatRows" """ + (half is null ? "" : $"""WHERE "Day" {half} @middle""");
        if (half is not null)
        {
            read.AddParameter("@middle", middle);
        }
        using var reader = read.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            if (++rows % 65536 == 0)
            {
                ct.ThrowIfCancellationRequested();
            }
            // The whole row as one text value: see StoredValues.Fields.
            var fields = new StoredValues.Fields(reader.GetString(0));
            var key = new StatKey((StatPeriod)fields.Int(), fields.Date(), fields.Int(), fields.Int(), fields.Int(), fields.Enum<Channel>(), fields.Enum<ComplaintCategory>());
            if (!totals.TryGetValue(key, out var slot, out var counts))
            {
                result.Stale.Add(key);
            }
            else if (Same(ref fields, counts))
            {
                // Already right: nothing to write.
                result.Same.Add(slot);
            }
        }
        return result;
    }

    private static bool Same(ref StoredValues.Fields fields, ArraySegment<long> counts)
    {
        for (var i = 0; i < counts.Count; i++)
        {
            if (fields.Long() != counts[i])
            {
                return false;
            }
        }
        return true;
    }

    private static void Delete(DbConnection connection, DbTransaction transaction, List<StatKey> keys)
    {
        using var delete = StatRowWriter.Delete(connection, transaction);
        foreach (var key in keys)
        {
            StatRowWriter.SetKey(delete, key);
            delete.Execute();
        }
    }
}
