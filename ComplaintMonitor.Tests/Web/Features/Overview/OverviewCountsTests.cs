using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Complaints.List;
using ComplaintMonitor.Web.Features.Overview;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Features.Overview;

/// <summary>
/// The overview's red / yellow / closed-today figures against a direct count of the rows in memory: cases with several
/// running deadlines count once, completed and paused deadlines not at all, and "closed today" is the closing instant alone.
/// </summary>
public sealed class OverviewCountsTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync(); // Monday 2026-11-02 10:00 Shanghai

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<long> RegisterAsync() =>
        (await _db.Get<RegisterComplaintHandler>().HandleAsync(new NewComplaint
        {
            Channel = Channel.Phone, Form = ComplaintForm.Oral, ReceivedAt = _db.Time.GetUtcNow(), Complainant = Complainant.AnonymousPerson,
            RespondentType = RespondentType.Unit, RespondentUnitId = OtherUnit, Category = ComplaintCategory.Other, Content = "内容",
        }, Supervisor)).Id;

    /// <summary>A deadline row as the workflow would store it; only the instants and the running state matter to the counts.</summary>
    private async Task AddDeadlineAsync(long complaintId, string kind, DateTimeOffset warnAt, DateTimeOffset dueAt, bool completed = false, bool paused = false)
    {
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        await ctx.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Deadlines" ("ComplaintId","Kind","StartedOn","WorkingDays","FirstDueOn","DueOn","DueAt","WarnAt","Provisional","PausedOn","CompletedAt","ExtensionCount","AlertLevel","EscalateAt")
            VALUES (@c,@k,'2026-10-01',1,'2026-10-02','2026-10-02',@due,@warn,0,@paused,@completed,0,0,@due)
            """,
            new SqliteParameter("@c", complaintId), new SqliteParameter("@k", kind), new SqliteParameter("@due", dueAt.UtcTicks),
            new SqliteParameter("@warn", warnAt.UtcTicks), new SqliteParameter("@paused", paused ? "2026-10-02" : DBNull.Value),
            new SqliteParameter("@completed", completed ? dueAt.UtcTicks : DBNull.Value));
    }

    [Fact]
    public async Task Red_and_yellow_count_each_case_once_and_only_running_deadlines()
    {
        var a = await RegisterAsync();
        var b = await RegisterAsync();
        var c = await RegisterAsync();
        var d = await RegisterAsync();
        var now = _db.Time.GetUtcNow();
        var hour = TimeSpan.FromHours(1);
        // a: two overdue running deadlines (a 差评 case's 首次联系 and 整改) and one in its warning window — one red case, not
        // yellow too: a case shows its worst light, as the register's filters list it.
        await AddDeadlineAsync(a, "RectifyBy", now - 10 * hour, now - 5 * hour);
        await AddDeadlineAsync(a, "ReplyBy", now - 9 * hour, now - 2 * hour);
        await AddDeadlineAsync(a, "ReturnVisitBy", now - hour, now + hour);
        // b: overdue but completed, overdue but paused — neither red; its registration deadline is still ahead.
        await AddDeadlineAsync(b, "ReplyBy", now - 9 * hour, now - 2 * hour, completed: true);
        await AddDeadlineAsync(b, "RectifyBy", now - 9 * hour, now - 2 * hour, paused: true);
        // c: two deadlines in their warning windows — one yellow case.
        await AddDeadlineAsync(c, "ReplyBy", now - hour, now + 2 * hour);
        await AddDeadlineAsync(c, "RectifyBy", now - 2 * hour, now + 3 * hour);
        // d: only the registration's own 受理 deadline.
        _ = d;

        var overview = await _db.Get<OverviewQueries>().GetAsync();

        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var running = (await ctx.Deadlines.AsNoTracking().ToListAsync()).Where(x => x.CompletedAt is null && x.PausedOn is null).ToList();
        var red = running.Where(x => x.DueAt < now).Select(x => x.ComplaintId).Distinct().Count();
        var redCases = running.Where(x => x.DueAt < now).Select(x => x.ComplaintId).ToHashSet();
        var yellow = running.Where(x => x.WarnAt <= now && x.DueAt >= now && !redCases.Contains(x.ComplaintId)).Select(x => x.ComplaintId).Distinct().Count();
        Assert.Equal(1, red);
        Assert.Equal((red, yellow), (overview.Red, overview.Yellow));
        Assert.True(yellow >= 2);
        // Each counter equals the register list it opens.
        var register = new ComplaintListQuery(_db.Factory, _db.Contexts, new OrganisationDirectory(_db.Factory), _db.Time);
        Assert.Equal(overview.Red, await register.CountAsync(new ComplaintFilter { Deadline = DeadlineFilter.Red }, Supervisor));
        Assert.Equal(overview.Yellow, await register.CountAsync(new ComplaintFilter { Deadline = DeadlineFilter.Yellow }, Supervisor));

        // A day later every 受理 deadline is overdue too: still one per case.
        _db.Time.Advance(TimeSpan.FromDays(3));
        now = _db.Time.GetUtcNow();
        overview = await _db.Get<OverviewQueries>().GetAsync();
        Assert.Equal(running.Where(x => x.DueAt < now).Select(x => x.ComplaintId).Distinct().Count(), overview.Red);
        Assert.Equal(4, overview.Red);
    }

    [Fact]
    public async Task Closed_today_counts_the_cases_whose_closing_instant_is_today()
    {
        var yesterday = await RegisterAsync();
        var today = await RegisterAsync();
        await RegisterAsync();
        var now = _db.Time.GetUtcNow();
        var startOfToday = ChinaTime.StartOfDay(ChinaTime.DateOf(now));
        await using (var ctx = await _db.Factory.CreateDbContextAsync())
        {
            // As the close action leaves them: closed at an instant, updated at the same one.
            await ctx.Complaints.Where(x => x.Id == yesterday).ExecuteUpdateAsync(s => s.SetProperty(x => x.ClosedAt, startOfToday.AddMinutes(-1)).SetProperty(x => x.UpdatedAt, startOfToday.AddMinutes(-1)));
            await ctx.Complaints.Where(x => x.Id == today).ExecuteUpdateAsync(s => s.SetProperty(x => x.ClosedAt, startOfToday).SetProperty(x => x.UpdatedAt, startOfToday));
        }

        var overview = await _db.Get<OverviewQueries>().GetAsync();

        Assert.Equal(1, overview.ClosedToday);
        Assert.Equal(3, overview.RegisteredToday);
    }
}
