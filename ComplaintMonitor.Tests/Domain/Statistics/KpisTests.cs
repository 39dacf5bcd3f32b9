using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Evaluations;
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
        var levels = new EvaluationCounts { VerySatisfied = 70, Satisfied = 20, BasicallySatisfied = 5, Dissatisfied = 3, VeryDissatisfied = 2, Active = 60, ActiveGood = 57, Excluded = 4 };
        Assert.Equal(0.95, Kpis.EvaluationSatisfactionRate(levels).Value!.Value, 6);
        Assert.Equal(0.05, Kpis.BadRatingRate(levels).Value!.Value, 6);
        Assert.Equal(new Ratio(57, 60), Kpis.ActiveGoodRate(levels));
        Assert.Equal(new Ratio(40, 100), Kpis.DefaultedRate(levels));
        Assert.Equal(new Ratio(3, 4), Kpis.UpheldRate(2, 1, 1));
    }

    [Fact]
    public void Count_ThenFromCounts_GivesEachKpi()
    {
        var calendar = OfficialCalendar.Load();
        var nov2 = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(8));
        ComplaintFacts F(long id, DateTimeOffset? accepted, ComplaintStatus status, bool anonymous, DateTimeOffset? closed, DateTimeOffset? handledAt,
            VisitResult? visit, Finding? finding, int reopened = 0, bool rejected = false, DateTimeOffset? registered = null) =>
            ComplaintFacts.Of(id, registered ?? nov2, 10, 1, 0, Channel.OnSite, ComplaintCategory.Efficiency, accepted, status, anonymous, closed,
                handledAt, Due, visit, finding, reopened, rejected, null, calendar);
        ComplaintFacts[] facts =
        [
            // handled on time, satisfied, upheld, closed Thu 5th: 3 WD of handling (Mon 2 -> Thu 5)
            F(1, nov2, ComplaintStatus.Closed, false, nov2.AddDays(3), Due.AddDays(-6), VisitResult.Satisfied, Finding.Upheld),
            // handled late after a reopening, dissatisfied then reviewed, not upheld, closed Wed 11th: 7 WD
            F(2, nov2, ComplaintStatus.Closed, false, nov2.AddDays(9), Due.AddDays(1), VisitResult.Dissatisfied, Finding.NotUpheld, reopened: 1),
            // anonymous, handled on time, closed Mon 9th without a visit: 5 WD
            F(3, nov2, ComplaintStatus.Archived, true, nov2.AddDays(7), Due.AddDays(-1), VisitResult.NotVisitedAnonymous, Finding.PartlyUpheld),
            // rejected
            F(4, null, ComplaintStatus.Rejected, false, null, null, null, null),
            // open
            F(5, nov2, ComplaintStatus.Investigating, false, null, null, null, null),
            // registered in October: not in November's registrations
            F(6, null, ComplaintStatus.Registered, false, null, null, null, null, registered: nov2.AddDays(-3)),
        ];

        var k = Kpis.FromCounts(Kpis.Count(facts, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));

        Assert.Equal(5, k.Registered);
        Assert.Equal(new Ratio(4, 5), k.AcceptanceRate);
        Assert.Equal(new Ratio(2, 3), k.OnTimeRate);
        Assert.Equal((3 + 7 + 5) / 3.0, k.AverageHandlingWorkingDays!.Value, 6);
        Assert.Equal(new Ratio(2, 2), k.ReturnVisitRate);
        Assert.Equal(new Ratio(1, 2), k.SatisfactionRate);
        Assert.Equal(new Ratio(2, 3), k.UpheldRate);
        Assert.Equal(new Ratio(1, 3), k.ReopenRate);
    }

    [Fact]
    public void StatCounts_AddAndSubtract_AreInverse()
    {
        var a = new StatCounts { Registered = 3, Closed = 2, HandlingWorkingDaysSum = 9 };
        var b = new StatCounts { Registered = 1, Satisfied = 1 };

        Assert.Equal(a, a + b - b);
        Assert.True((a - a).IsZero);
    }
}
