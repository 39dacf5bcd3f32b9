using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Configurations;
using ComplaintMonitor.Web.Features.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintMonitor.Web.Features.Evaluations;

/// <summary>
/// Keeps <see cref="EvaluationStatRow"/> in step with the ratings. A rating is counted (and an appeal decision moves
/// it from its level to 误评/恶意) in the same transaction that stores it, so the rollup is never behind; the full
/// recompute rebuilds the rows from the ratings and must give the same rows (a test holds it to that).
/// </summary>
public static class EvaluationRollup
{
    private static readonly string[] KeyColumns = ["Period", "Day", "UnitId", "WindowId", "StaffId", "Channel"];
    private static readonly string Key = string.Join(", ", KeyColumns.Select(c => $"\"{c}\""));
    private static readonly IReadOnlyList<string> Columns = EvaluationCountsColumns.Names;

    private static readonly string UpsertSql = Upsert(c => $"\"{c}\" = \"EvaluationStatRows\".\"{c}\" + excluded.\"{c}\"");

    // A full recompute's corrections set the counts instead of adding to them.
    private static readonly string OverwriteSql = Upsert(c => $"\"{c}\" = excluded.\"{c}\"");

    private static string Upsert(Func<string, string> set) => $"""
        INSERT INTO "EvaluationStatRows" ({Key}, {string.Join(", ", Columns.Select(c => $"\"{c}\""))})
        VALUES ({string.Join(", ", KeyColumns.Select((_, i) => $"@k{i}"))}, {string.Join(", ", Columns.Select((_, i) => $"@c{i}"))})
        ON CONFLICT ({Key}) DO UPDATE SET {string.Join(", ", Columns.Select(set))}
        """;

    /// <summary>Adds what a rating now counts as (sign 1), or takes away what it counted as before a change (sign -1).</summary>
    public static async Task ApplyAsync(DbContext db, Evaluation e, int sign, CancellationToken ct)
    {
        var deltas = new Dictionary<(StatPeriod, DateOnly, int, int, int, RatingChannel), long[]>();
        Add(deltas, e, sign);
        await WriteAsync(db, deltas, ct);
    }

    /// <summary>
    /// Rebuilds every evaluation rollup row from the ratings inside the caller's transaction, writing only the rows that
    /// differ from what is stored (a consistent rollup costs one read of it); returns rows written.
    /// </summary>
    public static async Task<int> RecomputeAllAsync(AppDbContext db, CancellationToken ct) =>
        await ReplaceAllAsync(db, await Task.Run(() => CountAll(db, ct), ct), ct);

    /// <summary>
    /// What every rating counts, read on any connection (the full complaint recompute reads it on its own connection
    /// while the cases are counted): only the columns that count — a rating's comment and rater never matter here —
    /// with a plain synchronous reader.
    /// </summary>
    public static Dictionary<(StatPeriod, DateOnly, int, int, int, RatingChannel), long[]> CountAll(DbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var deltas = new Dictionary<(StatPeriod, DateOnly, int, int, int, RatingChannel), long[]>();
        db.Database.OpenConnection();
        using var read = db.Database.GetDbConnection().CreateCommand();
        read.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        read.CommandText = """SELECT "RatedOn", "UnitId", "WindowId", "StaffId", "Channel", "Level", "Defaulted", "AppealStatus" FROM "Evaluations" """;
        using var r = read.ExecuteReader();
        var rows = 0;
        while (r.Read())
        {
            if (++rows % 65536 == 0)
            {
                ct.ThrowIfCancellationRequested();
            }
            var counts = EvaluationCounts.Of((EvaluationLevel)r.GetInt32(5), r.GetBoolean(6), StoredValues.Enum<AppealStatus>(r, 7) == AppealStatus.Approved);
            Add(deltas, StoredValues.Date(r, 0), r.GetInt32(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetInt32(3), StoredValues.Enum<RatingChannel>(r, 4), counts, 1);
        }
        return deltas;
    }

    /// <summary>Makes the evaluation rollup equal to <paramref name="totals"/> inside the caller's transaction, writing only the differences; returns rows written.</summary>
    public static async Task<int> ReplaceAllAsync(AppDbContext db, Dictionary<(StatPeriod, DateOnly, int, int, int, RatingChannel), long[]> totals, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var stale = await KeepOnlyDifferencesAsync(db, totals, ct);
        await DeleteAsync(db, stale, ct);
        await WriteAsync(db, totals, ct, overwrite: true);
        return stale.Count + totals.Count;
    }

    /// <summary>Drops from <paramref name="totals"/> the rows already stored as they are; returns the stored rows that should not exist.</summary>
    private static async Task<List<(StatPeriod, DateOnly, int, int, int, RatingChannel)>> KeepOnlyDifferencesAsync(
        AppDbContext db, Dictionary<(StatPeriod, DateOnly, int, int, int, RatingChannel), long[]> totals, CancellationToken ct)
    {
        var stale = new List<(StatPeriod, DateOnly, int, int, int, RatingChannel)>();
        await using var read = db.Database.GetDbConnection().CreateCommand();
        read.Transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Rollups are written inside a transaction.");
        read.CommandText = $"""SELECT {Key}, {string.Join(", ", Columns.Select(c => $"\"{c}\""))} FROM "EvaluationStatRows" """;
        await using var r = await read.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var key = ((StatPeriod)r.GetInt32(0), r.GetFieldValue<DateOnly>(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), Enum.Parse<RatingChannel>(r.GetString(5)));
            if (!totals.TryGetValue(key, out var counts))
            {
                stale.Add(key);
            }
            else if (Enumerable.Range(0, counts.Length).All(i => r.GetInt64(KeyColumns.Length + i) == counts[i]))
            {
                totals.Remove(key);
            }
        }
        return stale;
    }

    private static async Task DeleteAsync(AppDbContext db, List<(StatPeriod, DateOnly, int, int, int, RatingChannel)> keys, CancellationToken ct)
    {
        await using var delete = db.Database.GetDbConnection().CreateCommand();
        delete.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        delete.CommandText = $"""DELETE FROM "EvaluationStatRows" WHERE {string.Join(" AND ", KeyColumns.Select((c, i) => $"\"{c}\" = @k{i}"))}""";
        var parameters = KeyColumns.Select((_, i) => delete.AddParameter($"@k{i}")).ToArray();
        foreach (var (period, day, unit, window, staff, channel) in keys)
        {
            object[] values = [(int)period, day, unit, window, staff, channel.ToString()];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i];
            }
            await delete.ExecuteNonQueryAsync(ct);
        }
    }

    private static void Add(Dictionary<(StatPeriod, DateOnly, int, int, int, RatingChannel), long[]> deltas, Evaluation e, int sign) =>
        Add(deltas, e.RatedOn, e.UnitId, e.WindowId, e.StaffId, e.Channel, EvaluationCounts.Of(e), sign);

    private static void Add(Dictionary<(StatPeriod, DateOnly, int, int, int, RatingChannel), long[]> deltas,
        DateOnly ratedOn, int unitId, int windowId, int? staffId, RatingChannel channel, EvaluationCounts rating, int sign)
    {
        var counts = rating.ToArray();
        var month = new DateOnly(ratedOn.Year, ratedOn.Month, 1);
        foreach (var key in new[] { (StatPeriod.Day, ratedOn, unitId, windowId, staffId ?? 0, channel), (StatPeriod.Month, month, unitId, windowId, staffId ?? 0, channel) })
        {
            if (!deltas.TryGetValue(key, out var acc))
            {
                deltas[key] = acc = new long[EvaluationCounts.Length];
            }
            for (var i = 0; i < acc.Length; i++)
            {
                acc[i] += sign * counts[i];
            }
        }
    }

    private static async Task WriteAsync(DbContext db, Dictionary<(StatPeriod, DateOnly, int, int, int, RatingChannel), long[]> deltas, CancellationToken ct, bool overwrite = false)
    {
        var connection = db.Database.GetDbConnection();
        await using var write = connection.CreateCommand();
        write.Transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Rollups are written inside a transaction.");
        write.CommandText = overwrite ? OverwriteSql : UpsertSql;
        var keys = KeyColumns.Select((_, i) => write.AddParameter($"@k{i}")).ToArray();
        var counts = Columns.Select((_, i) => write.AddParameter($"@c{i}")).ToArray();
        foreach (var ((period, day, unit, window, staff, channel), values) in deltas)
        {
            object[] keyValues = [(int)period, day, unit, window, staff, channel.ToString()];
            for (var i = 0; i < keyValues.Length; i++)
            {
                keys[i].Value = keyValues[i];
            }
            for (var i = 0; i < values.Length; i++)
            {
                counts[i].Value = values[i];
            }
            await write.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Sums of rating counts grouped by unit, window or staff over a period (inclusive dates): rankings, scorecards, snapshots.</summary>
    public static async Task<IReadOnlyDictionary<int, EvaluationCounts>> ByAsync(DbContext db, string dimension, DateOnly from, DateOnly to, CancellationToken ct) =>
        (await RollupSums.SumAsync(db, "EvaluationStatRows", Columns, StatSlices.Of(from, to), groupBy: dimension, ct: ct))
            .ToDictionary(r => r.Key, r => EvaluationCounts.FromArray(r.Value));

    /// <summary>The centre's rating counts of a period; a period that runs to <paramref name="today"/> may read the current month's month rows.</summary>
    public static async Task<EvaluationCounts> SumAsync(DbContext db, DateOnly from, DateOnly to, DateOnly? today, CancellationToken ct) =>
        (await RollupSums.SumAsync(db, "EvaluationStatRows", Columns, StatSlices.Of(from, to, today), ct: ct)).TryGetValue(0, out var sums)
            ? EvaluationCounts.FromArray(sums)
            : EvaluationCounts.Zero;
}
