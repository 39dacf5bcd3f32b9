using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Features.Statistics;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Tests.Web.Features.Reports;

/// <summary>
/// A hand-made October 2026 snapshot over the test organisation (units 10 and 11, window 1 of unit 10, staff 100 and 200),
/// so every figure of the report can be checked by hand.
/// </summary>
public static class ReportSnapshots
{
    public static readonly DateOnly October = new(2026, 10, 1);

    public static readonly StatCounts Unit10 = new() { Registered = 20, Accepted = 18, Rejected = 2, Closed = 12, ClosedOnTime = 9, BadRatingsRealName = 2, BadRatingsRealNameVisitedRectified = 1 };
    public static readonly StatCounts Unit11 = new() { Registered = 10, Accepted = 7, Rejected = 3, Closed = 8, ClosedOnTime = 6 };
    public static readonly EvaluationCounts Unit10Ratings = new() { Satisfied = 27, Dissatisfied = 3, Active = 30, ActiveGood = 27 };
    public static readonly EvaluationCounts Unit11Ratings = new() { Satisfied = 13, VeryDissatisfied = 7, Active = 20, ActiveGood = 13 };

    public static async Task AddOctoberAsync(IDbContextFactory<AppDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var at = new DateTimeOffset(2026, 11, 1, 1, 30, 0, TimeSpan.FromHours(8));
        MonthlySnapshot Row(string scope, int id, StatCounts counts, EvaluationCounts ratings, long overdue) => new()
        {
            Month = "2026-10", Scope = scope, ScopeId = id, Counts = counts, Ratings = ratings, OverdueOpenAtEnd = overdue, CreatedAt = at,
        };
        db.MonthlySnapshots.AddRange(
            Row(MonthlySnapshots.Centre, 0, Unit10 + Unit11, Unit10Ratings + Unit11Ratings, 3),
            Row(MonthlySnapshots.Unit, 10, Unit10, Unit10Ratings, 2),
            Row(MonthlySnapshots.Unit, 11, Unit11, Unit11Ratings, 1),
            Row(MonthlySnapshots.Window, 1, new StatCounts { Registered = 15, Closed = 10, ClosedOnTime = 8 }, new EvaluationCounts { Satisfied = 9, Dissatisfied = 1 }, 2),
            Row(MonthlySnapshots.Staff, 200, new StatCounts { Registered = 5 }, new EvaluationCounts { Dissatisfied = 1 }, 1),
            Row(MonthlySnapshots.Staff, 100, StatCounts.Zero, new EvaluationCounts { Satisfied = 4 }, 0));
        // Month rows of the rollup for the category split, and a day row that must not be counted twice.
        db.StatRows.AddRange(
            new StatRow { Period = StatPeriod.Month, Day = October, UnitId = 10, WindowId = 1, Category = ComplaintCategory.Efficiency, Channel = Channel.Phone, Counts = new StatCounts { Registered = 12 } },
            new StatRow { Period = StatPeriod.Month, Day = October, UnitId = 10, WindowId = 1, Category = ComplaintCategory.ServiceAttitude, Channel = Channel.OnSite, Counts = new StatCounts { Registered = 8 } },
            new StatRow { Period = StatPeriod.Month, Day = October, UnitId = 11, Category = ComplaintCategory.ServiceAttitude, Channel = Channel.OnSite, Counts = new StatCounts { Registered = 10 } },
            new StatRow { Period = StatPeriod.Day, Day = October.AddDays(3), UnitId = 11, Category = ComplaintCategory.Discipline, Channel = Channel.OnSite, Counts = new StatCounts { Registered = 10 } });
        await db.SaveChangesAsync();
    }
}
