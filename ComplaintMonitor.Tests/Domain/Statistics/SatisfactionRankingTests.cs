using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Statistics;

namespace ComplaintMonitor.Tests.Domain.Statistics;

public sealed class SatisfactionRankingTests
{
    private static KeyValuePair<string, EvaluationCounts> Scope(string name, long good, long bad) =>
        KeyValuePair.Create(name, new EvaluationCounts { Satisfied = good, Dissatisfied = bad });

    [Fact]
    public void RanksBySatisfaction_ThenByBadRate_AndLeavesSmallSamplesUnranked()
    {
        var ranking = SatisfactionRanking.Rank([
            Scope("A", 18, 2),    // 90 %, 20 ratings
            Scope("B", 3, 0),     // 100 % but only 3 ratings: not ranked
            Scope("C", 95, 5),    // 95 %
            Scope("D", 36, 4),    // 90 %, same rates as A: shares its rank
            Scope("E", 19, 0),    // 19 ratings: one short of the guard
        ]);

        Assert.Equal(["C", "D", "A", "E", "B"], ranking.Select(r => r.Key));
        Assert.Equal([1, 2, 2, null, null], ranking.Select(r => r.Rank));
        Assert.True(ranking.Single(r => r.Key == "B").TooFewRatings);
        Assert.Equal(new Ratio(95, 100), ranking[0].SatisfactionRate);
        Assert.Equal(new Ratio(5, 100), ranking[0].BadRate);
    }

    [Fact]
    public void TheGuardIsTwentyRatings_AndExcludedRatingsDoNotCount()
    {
        Assert.Equal(20, SatisfactionRanking.MinimumRatings);
        var excluded = KeyValuePair.Create("X", new EvaluationCounts { Satisfied = 19, Excluded = 5 });

        Assert.Null(SatisfactionRanking.Rank([excluded]).Single().Rank);
    }
}
