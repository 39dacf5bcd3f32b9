using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Features.Overview;
using Microsoft.EntityFrameworkCore;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Data;

/// <summary>
/// The triggers that keep CaseStatusCounts: after registrations, state changes, a change of lead unit (交办) and a deleted
/// case, the counters per lead unit and state equal a count of the cases, and the overview's funnel reads them.
/// </summary>
public sealed class CaseStatusCountTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<long> RegisterAsync() => await _db.RegisterNamedAsync(HandlerUnit);

    private async Task ApplyAsync(long id, ComplaintAction action) => await _db.ApplySampleAsync(id, action);

    private async Task AssertCountersMatchCasesAsync(string step)
    {
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var stored = (await ctx.CaseStatusCounts.AsNoTracking().Where(c => c.Count != 0).ToListAsync())
            .Select(c => (c.LeadUnitId, c.Status, c.Count)).Order().ToList();
        var expected = (await ctx.Complaints.AsNoTracking().Select(c => new { c.LeadUnitId, c.Status }).ToListAsync())
            .GroupBy(c => (Unit: c.LeadUnitId ?? 0, c.Status))
            .Select(g => (g.Key.Unit, g.Key.Status, (long)g.Count())).Order().ToList();
        Assert.True(expected.SequenceEqual(stored), $"after {step}: expected [{string.Join(", ", expected)}], stored [{string.Join(", ", stored)}]");
    }

    [Fact]
    public async Task Counters_follow_every_state_and_lead_unit_change()
    {
        var a = await RegisterAsync();
        var b = await RegisterAsync();
        var c = await RegisterAsync();
        await AssertCountersMatchCasesAsync("registration");
        foreach (var action in new[] { ComplaintAction.Accept, ComplaintAction.Assign, ComplaintAction.StartInvestigation })
        {
            await ApplyAsync(a, action);
            await AssertCountersMatchCasesAsync($"{action} of a");
        }
        await ApplyAsync(b, ComplaintAction.Withdraw);
        await AssertCountersMatchCasesAsync("Withdraw of b");

        var overview = await _db.Get<OverviewQueries>().GetAsync();
        Assert.Equal(2, overview.Open);
        Assert.Equal(1, overview.OpenByStatus.GetValueOrDefault(ComplaintStatus.Registered));
        Assert.Equal(1, overview.OpenByStatus.GetValueOrDefault(ComplaintStatus.Investigating));
        var unit = await _db.Get<OverviewQueries>().GetAsync(HandlerUnit);
        Assert.Equal(1, unit.Open);
        Assert.Equal(1, unit.OpenByStatus.GetValueOrDefault(ComplaintStatus.Investigating));

        await using var ctx = await _db.Factory.CreateDbContextAsync();
        // The history is append-only, so no path deletes a case today; the counters would still follow one.
        await ctx.Database.ExecuteSqlRawAsync("""
            DROP TRIGGER "ComplaintHistory_NoDelete";
            DELETE FROM "StatQueue"; DELETE FROM "ComplaintHistory" WHERE "ComplaintId" = {0}; DELETE FROM "Deadlines" WHERE "ComplaintId" = {0};
            DELETE FROM "Complaints" WHERE "Id" = {0};
            """, c);
        await AssertCountersMatchCasesAsync("deleting c");
    }
}
