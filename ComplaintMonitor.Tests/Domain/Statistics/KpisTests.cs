using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Statistics;

namespace ComplaintMonitor.Tests.Domain.Statistics;

public sealed class KpisTests
{
    private static readonly DateTimeOffset Due = new(2026, 11, 10, 23, 59, 59, TimeSpan.FromHours(8));

    [Fact]
    public void Rates_OnHandComputedCounts()
    {
        Assert.Equal(0.8, Kpis.AcceptanceRate(8, 2).Value);
        Assert.Equal(0.75, Kpis.ComplaintSatisfactionRate(2, 1, 1).Value);
        Assert.Null(Kpis.OnTimeRate(0, 0).Value);
        Assert.Equal("—", Kpis.OnTimeRate(0, 0).ToString());
        var levels = new Dictionary<int, long> { [5] = 70, [4] = 20, [3] = 5, [2] = 3, [1] = 2 };
        Assert.Equal(0.95, Kpis.EvaluationSatisfactionRate(levels).Value!.Value, 6);
        Assert.Equal(0.05, Kpis.BadRatingRate(levels).Value!.Value, 6);
        Assert.Equal(new Ratio(3, 4), Kpis.UpheldRate(2, 1, 1));
    }

    [Fact]
    public void Compute_CountsEachKpiOverFacts()
    {
        var calendar = OfficialCalendar.Load();
        var nov2 = new DateOnly(2026, 11, 2);
        ComplaintFacts[] facts =
        [
            // closed on time, satisfied, upheld, 3 WD of handling (Mon 2 -> Thu 5)
            new(nov2, ComplaintStatus.Closed, true, false, false, Due.AddDays(-5), Due, nov2, new DateOnly(2026, 11, 5), Finding.Upheld, VisitResult.Satisfied, 0),
            // closed late after a reopening, dissatisfied then reviewed, not upheld, 7 WD (Mon 2 -> Wed 11)
            new(nov2, ComplaintStatus.Closed, true, false, false, Due.AddDays(1), Due, nov2, new DateOnly(2026, 11, 11), Finding.NotUpheld, VisitResult.Dissatisfied, 1),
            // anonymous, closed on time without visit
            new(nov2, ComplaintStatus.Closed, true, false, true, Due.AddDays(-1), Due, nov2, new DateOnly(2026, 11, 9), Finding.PartlyUpheld, VisitResult.NotVisitedAnonymous, 0),
            // rejected
            new(nov2, ComplaintStatus.Rejected, false, true, false, null, null, null, null, null, null, 0),
            // open and overdue at period end
            new(nov2, ComplaintStatus.Investigating, true, false, false, null, Due, nov2, null, null, null, 0),
            // registered outside the period: not counted as registered
            new(new DateOnly(2026, 10, 30), ComplaintStatus.Registered, false, false, false, null, null, null, null, null, null, 0),
        ];

        var k = Kpis.Compute(facts, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(8)), calendar);

        Assert.Equal(5, k.Registered);
        Assert.Equal(new Ratio(4, 5), k.AcceptanceRate);
        Assert.Equal(new Ratio(2, 3), k.OnTimeRate);
        Assert.Equal(1, k.OverdueOpen);
        Assert.Equal((3 + 7 + 5) / 3.0, k.AverageHandlingWorkingDays!.Value, 6);
        Assert.Equal(new Ratio(2, 2), k.ReturnVisitRate);
        Assert.Equal(new Ratio(1, 2), k.SatisfactionRate);
        Assert.Equal(new Ratio(2, 3), k.UpheldRate);
        Assert.Equal(new Ratio(1, 3), k.ReopenRate);
    }
}
