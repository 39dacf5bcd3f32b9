using System.Globalization;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Wall;

/// <summary>
/// The wall's today / this week / this month sums of one rollup table in a single command: the day rows from the week's
/// first day to today grouped by day, and the current month's month row — at most eight result rows, added up here.
/// Six separate period sums (three periods × two tables) cost more in per-query overhead than in reading.
/// </summary>
public static class WallPeriodSums
{
    /// <summary>Sums of a period: today's day rows, the week's day rows (Monday to today) and the month's month rows.</summary>
    public sealed record Sums(long[] Today, long[] Week, long[] Month);

    /// <param name="db">The context whose connection reads (opened here when closed).</param>
    /// <param name="table">StatRows or EvaluationStatRows.</param>
    /// <param name="columns">The count columns to sum, in the order the result arrays hold them.</param>
    /// <param name="dayPeriod">The day grain to read (the centre grain for complaints; ratings have only the per-window grain).</param>
    /// <param name="monthPeriod">The month grain: nothing is counted after today, so the current month's row is the month so far.</param>
    /// <param name="weekFrom">The week's Monday (possibly in the previous month).</param>
    /// <param name="today">The last day of every period.</param>
    /// <param name="ct">Cancels the read.</param>
    public static async Task<Sums> ReadAsync(DbContext db, string table, IReadOnlyList<string> columns, StatPeriod dayPeriod, StatPeriod monthPeriod,
        DateOnly weekFrom, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(columns);
        var monthFrom = new DateOnly(today.Year, today.Month, 1);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        await using var command = connection.CreateCommand();
        // Two statements, not one with an OR: SQLite answers "day rows OR month row" by collecting row ids and sorting the
        // groups in a temporary b-tree, several times slower than walking each range of the primary key in order.
        var sums = string.Join(", ", columns.Select(c => $"COALESCE(SUM(\"{c}\"), 0)"));
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
            SELECT "Day", {sums} FROM "{table}" WHERE "Period" = {(int)dayPeriod} AND "Day" >= @week AND "Day" <= @today GROUP BY "Day";
            SELECT @month, {sums} FROM "{table}" WHERE "Period" = {(int)monthPeriod} AND "Day" = @month;
            """);
        foreach (var (name, value) in new[] { ("@week", weekFrom), ("@today", today), ("@month", monthFrom) })
        {
            command.AddParameter(name, value);
        }
        var result = new Sums(new long[columns.Count], new long[columns.Count], new long[columns.Count]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        foreach (var monthRows in new[] { false, true })
        {
            while (await reader.ReadAsync(ct))
            {
                var day = DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var targets = monthRows ? [result.Month] : day == today ? new[] { result.Week, result.Today } : [result.Week];
                foreach (var target in targets)
                {
                    for (var i = 0; i < target.Length; i++)
                    {
                        target[i] += reader.GetInt64(i + 1);
                    }
                }
            }
            await reader.NextResultAsync(ct);
        }
        return result;
    }
}
