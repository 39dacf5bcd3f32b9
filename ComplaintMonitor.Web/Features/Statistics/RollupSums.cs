using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>
/// The one reader of the rollup tables (StatRows, EvaluationStatRows): SUMs of the given count columns over a period's
/// slices, optionally within one unit, window or staff member, filtered by equal columns, and grouped by a dimension.
/// The scope's column is an equality, so the (Period, UnitId|WindowId|StaffId, Day) indexes serve it; centre-wide complaint
/// totals read the centre grain. Runs inside the caller's transaction when there is one.
/// </summary>
public static class RollupSums
{
    public static readonly string[] Dimensions = ["UnitId", "WindowId", "StaffId"];

    // The columns an equality may name (they go into the SQL as names; their values are parameters).
    private static readonly string[] EqualityColumns = [.. Dimensions, "Channel", "Category"];

    /// <returns>Sums by the <paramref name="groupBy"/> dimension's value; without a grouping, one entry under key 0.</returns>
    public static async Task<Dictionary<int, long[]>> SumAsync(
        DbContext db, string table, IReadOnlyList<string> columns, StatSlices slices, string? scopeColumn = null, int scopeId = 0,
        string? groupBy = null, IReadOnlyList<(string Column, object Value)>? equals = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(columns);
        if ((groupBy is not null && !Dimensions.Contains(groupBy)) || (scopeColumn is not null && !Dimensions.Contains(scopeColumn)))
        {
            throw new ArgumentOutOfRangeException(nameof(groupBy), "a rollup dimension is UnitId, WindowId or StaffId");
        }
        if (equals?.FirstOrDefault(e => !EqualityColumns.Contains(e.Column)) is { Column: { } unknown })
        {
            throw new ArgumentOutOfRangeException(nameof(equals), unknown, "an equality names a dimension, Channel or Category");
        }
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // The centre's own totals of complaint rollups read the centre grain (a few rows per month instead of one per staff member).
        var centre = table == "StatRows" && scopeColumn is null && groupBy is null;
        var (dayGrain, monthGrain) = centre ? ((int)StatPeriod.CentreDay, (int)StatPeriod.CentreMonth) : ((int)StatPeriod.Day, (int)StatPeriod.Month);
        var filters = new List<string>();
        if (scopeColumn is not null)
        {
            filters.Add($" AND \"{scopeColumn}\" = @id");
            command.AddParameter("@id", scopeId);
        }
        equals ??= [];
        for (var i = 0; i < equals.Count; i++)
        {
            filters.Add($" AND \"{equals[i].Column}\" = @e{i}");
            command.AddParameter($"@e{i}", equals[i].Value);
        }
        // One range of the key per range of the slices (StatSlices.Ranges), each a plain range scan (an OR of them made SQLite
        // collect the keys first and look every row up again), grouped by day and the key's columns up to the dimension:
        // that is the key's own order, so SQLite sums as it scans instead of sorting every row by the dimension. The few
        // rows per day and value are added up (or taken away) here.
        var grouping = groupBy is null ? "" : $" GROUP BY \"Day\", {string.Join(", ", Dimensions.Take(Array.IndexOf(Dimensions, groupBy) + 1).Select(d => $"\"{d}\""))}";
        var key = groupBy is null ? "0" : $"\"{groupBy}\"";
        var sums = string.Join(", ", columns.Select(c => $"COALESCE(SUM(\"{c}\"), 0)"));
        var lessSums = string.Join(", ", columns.Select(c => $"-COALESCE(SUM(\"{c}\"), 0)"));
        var arms = new List<string>();
        foreach (var (range, i) in slices.Ranges().Select((r, i) => (r, i)))
        {
            command.AddParameter($"@from{i}", range.From);
            command.AddParameter($"@to{i}", range.To);
            arms.Add($"""
                SELECT {key}, {(range.Sign < 0 ? lessSums : sums)} FROM "{table}"
                WHERE "Period" = {(range.Months ? monthGrain : dayGrain)} AND "Day" >= @from{i} AND "Day" <= @to{i}{string.Concat(filters)}{grouping}
                """);
        }
        // Without a grouping the totals are always there, zeroes when nothing matched.
        var result = groupBy is null ? new Dictionary<int, long[]> { [0] = new long[columns.Count] } : [];
        if (arms.Count == 0)
        {
            return result;
        }
        command.CommandText = string.Join("\nUNION ALL\n", arms);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var group = reader.GetInt32(0);
            if (!result.TryGetValue(group, out var values))
            {
                result[group] = values = new long[columns.Count];
            }
            for (var i = 0; i < values.Length; i++)
            {
                values[i] += reader.GetInt64(i + 1);
            }
        }
        if (groupBy is not null)
        {
            // A value counted only on the days a month row's complement took away nets to zero: it has nothing in the period.
            foreach (var group in result.Where(r => r.Value.All(v => v == 0)).Select(r => r.Key).ToList())
            {
                result.Remove(group);
            }
        }
        return result;
    }
}
