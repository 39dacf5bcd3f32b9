using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Tests.Web.Features.Evaluations;

public sealed class DemoEvaluationsTests
{
    [Fact]
    public async Task Demo_data_has_ratings_whose_bad_ones_opened_linked_cases_and_whose_rollup_counts_every_rating()
    {
        await using var db = await TestDatabase.CreateAsync();

        await db.Get<DemoComplaints>().SeedAsync(2000, await db.Contexts.GetAsync(), seed: 5);

        await using var ctx = await db.Factory.CreateDbContextAsync();
        var ratings = await ctx.Evaluations.AsNoTracking().ToListAsync();
        Assert.Equal(3000, ratings.Count);
        var bad = ratings.Where(e => e.IsBad).ToList();
        Assert.InRange(bad.Count, 15, 90);
        Assert.True(ratings.Count(e => e.Level >= ComplaintMonitor.Domain.Evaluations.EvaluationLevel.Satisfied) > ratings.Count * 0.8);
        var cases = await ctx.Complaints.AsNoTracking().Where(c => c.SourceEvaluationId != null).ToDictionaryAsync(c => c.Id);
        Assert.All(bad, e => Assert.Equal(e.Id, cases[e.ComplaintId!.Value].SourceEvaluationId));
        Assert.All(ratings.Where(e => !e.IsBad), e => Assert.Null(e.ComplaintId));
        var days = await ctx.EvaluationStatRows.AsNoTracking().Where(r => r.Period == StatPeriod.Day).ToListAsync();
        Assert.Equal(ratings.Count, days.Sum(r => r.Counts.Total + r.Counts.Excluded));
        Assert.Equal(ratings.Count(e => e.Excluded), days.Sum(r => r.Counts.Excluded));
    }
}
