using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Data;

/// <summary>
/// The triggers that keep CaseClocks: after every action of a case's life (deadlines started, paused, resumed, extended,
/// completed) and a deadline's deletion, each case's row holds the earliest due and warning instants of its running
/// deadlines, and a case with none has no row.
/// </summary>
public sealed class CaseClockTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<long> RegisterAsync() => await _db.RegisterNamedAsync(HandlerUnit);

    private async Task ApplyAsync(long id, ComplaintAction action, Actor? actor = null)
    {
        await _db.ApplySampleAsync(id, action, actor);
        _db.Time.Advance(TimeSpan.FromHours(2));
    }

    /// <summary>CaseClocks as stored, and as recomputed from the running deadlines.</summary>
    private async Task AssertClocksMatchDeadlinesAsync(string step)
    {
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var stored = (await ctx.CaseClocks.AsNoTracking().ToListAsync())
            .Select(c => (c.ComplaintId, c.DueAt, c.WarnAt)).OrderBy(c => c.ComplaintId).ToList();
        var expected = (await ctx.Deadlines.AsNoTracking().ToListAsync())
            .Where(d => d.CompletedAt is null && d.PausedOn is null)
            .GroupBy(d => d.ComplaintId)
            .Select(g => (ComplaintId: g.Key, DueAt: g.Min(d => d.DueAt), WarnAt: g.Min(d => d.WarnAt)))
            .OrderBy(c => c.ComplaintId).ToList();
        Assert.True(expected.SequenceEqual(stored), $"after {step}: expected [{string.Join(", ", expected)}], stored [{string.Join(", ", stored)}]");
    }

    [Fact]
    public async Task Each_case_row_follows_its_running_deadlines_through_the_workflow()
    {
        var main = await RegisterAsync();
        var paused = await RegisterAsync();
        var closedEarly = await RegisterAsync();
        await AssertClocksMatchDeadlinesAsync("registration");

        foreach (var action in new[] { ComplaintAction.Accept, ComplaintAction.Assign, ComplaintAction.StartInvestigation, ComplaintAction.RequestExtension, ComplaintAction.ApproveExtension })
        {
            await ApplyAsync(main, action, action == ComplaintAction.RequestExtension ? Handler : null);
            await AssertClocksMatchDeadlinesAsync(action.ToString());
        }
        await ApplyAsync(paused, ComplaintAction.RequestInfo);
        await AssertClocksMatchDeadlinesAsync("RequestInfo (clock paused)");
        await ApplyAsync(paused, ComplaintAction.SupplyInfo);
        await AssertClocksMatchDeadlinesAsync("SupplyInfo (clock resumed)");
        await ApplyAsync(closedEarly, ComplaintAction.Withdraw);
        await AssertClocksMatchDeadlinesAsync("Withdraw");
        foreach (var action in new[] { ComplaintAction.RecordHandling, ComplaintAction.Reply, ComplaintAction.ReturnVisit, ComplaintAction.Close })
        {
            await ApplyAsync(main, action);
            await AssertClocksMatchDeadlinesAsync(action.ToString());
        }

        await using var ctx = await _db.Factory.CreateDbContextAsync();
        Assert.False(await ctx.CaseClocks.AnyAsync(c => c.ComplaintId == closedEarly), "a withdrawn case has no running clock");
        Assert.True(await ctx.CaseClocks.AnyAsync(c => c.ComplaintId == paused), "a resumed case runs again");
        await ctx.Deadlines.Where(d => d.ComplaintId == paused).ExecuteDeleteAsync();
        await AssertClocksMatchDeadlinesAsync("deleting a case's deadlines");
        Assert.False(await ctx.CaseClocks.AnyAsync(c => c.ComplaintId == paused));
    }
}
