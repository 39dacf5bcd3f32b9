using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Deadlines;
using ComplaintMonitor.Web.Realtime;
using Microsoft.EntityFrameworkCore;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Features.Deadlines;

public sealed class DeadlineScannerTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private string _handlerUser = "", _supervisorUser = "", _leaderUser = "";

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(At(9, 1, 9));
        _handlerUser = await _db.AddUserAsync("handler", "Handler", HandlerStaff, HandlerUnit);
        _supervisorUser = await _db.AddUserAsync("supervisor", "Supervisor");
        _leaderUser = await _db.AddUserAsync("leader", "Leader");
        await _db.AddUserAsync("respondent", "Handler", RespondentStaff, HandlerUnit);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static DateTimeOffset At(int m, int d, int hour) => new(2026, m, d, hour, 0, 0, TimeSpan.FromHours(8));

    private DeadlineScanner Scanner => _db.Get<DeadlineScanner>();

    /// <summary>Registered and accepted Tue 2026-09-29 as complex (5 WD): 09-30, 10-08, 10-09, Sat 10-10 (调休), 10-12 → due Mon 10-12.</summary>
    private async Task<long> ComplexCaseAcrossNationalDayAsync()
    {
        _db.Time.SetUtcNow(At(9, 29, 9));
        var register = _db.Get<RegisterComplaintHandler>();
        var apply = _db.Get<ApplyComplaintActionHandler>();
        var c = await register.HandleAsync(new NewComplaint
        {
            Channel = Channel.OnSite, Form = ComplaintForm.Oral, ReceivedAt = _db.Time.GetUtcNow(), Complexity = Complexity.Complex,
            Complainant = new Complainant("王五", "13700001111", null, null, false), RespondentType = RespondentType.Staff,
            RespondentUnitId = HandlerUnit, RespondentStaffId = RespondentStaff, Category = ComplaintCategory.Efficiency, Content = "国庆前提交的材料节后仍未处理",
        }, Supervisor);
        var accepted = await apply.HandleAsync(c.Id, c.Version, new AcceptCommand(), Supervisor);
        await apply.HandleAsync(c.Id, accepted.Version, new AssignCommand(HandlerUnit, [], HandlerStaff), Supervisor);
        return c.Id;
    }

    private async Task<List<DeadlineAlert>> AlertsAsync()
    {
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        return await ctx.DeadlineAlerts.OrderBy(a => a.Id).ToListAsync();
    }

    private async Task<List<Notification>> NotificationsAsync(string userId)
    {
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        return await ctx.Notifications.Where(n => n.UserId == userId).OrderBy(n => n.Id).ToListAsync();
    }

    [Fact]
    public async Task YellowThenRed_AcrossTheHolidayAndAMakeUpSaturday_GivesExactlyTwoAlerts_AndRerunsGiveNone()
    {
        await ComplexCaseAcrossNationalDayAsync();

        _db.Time.SetUtcNow(At(10, 9, 23));
        Assert.Equal(0, (await Scanner.ScanAsync()).Alerts);

        _db.Time.SetUtcNow(At(10, 10, 8));
        Assert.Equal(1, (await Scanner.ScanAsync()).Alerts);
        Assert.Equal(0, (await Scanner.ScanAsync()).Alerts);

        _db.Time.SetUtcNow(At(10, 12, 23));
        Assert.Equal(0, (await Scanner.ScanAsync()).Alerts);

        _db.Time.SetUtcNow(At(10, 13, 0));
        Assert.Equal(1, (await Scanner.ScanAsync()).Alerts);
        Assert.Equal(0, (await Scanner.ScanAsync()).Alerts);

        var alerts = await AlertsAsync();
        Assert.Equal([DeadlineAlertLevel.Yellow, DeadlineAlertLevel.Red], alerts.Select(a => a.Level));
        Assert.All(alerts, a => Assert.Equal(DeadlineKind.ReplyBy, a.Kind));
        var handlerNotes = await NotificationsAsync(_handlerUser);
        Assert.Equal([NotificationKinds.Assigned, NotificationKinds.Remind], handlerNotes.Select(n => n.Kind));
        Assert.Equal(NotificationKinds.Supervise, Assert.Single(await NotificationsAsync(_supervisorUser)).Kind);
        Assert.Empty(await NotificationsAsync(_leaderUser));
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        Assert.Equal(["Remind", "Supervise"], await ctx.History.Where(h => h.ActorId == "system").OrderBy(h => h.Id).Select(h => h.Action).ToListAsync());
        Assert.Equal(2, (await ctx.Complaints.SingleAsync()).Version);
    }

    [Fact]
    public async Task AfterDowntime_TheFirstScanCatchesUp_WithOneAlertAtTheLevelReached()
    {
        await ComplexCaseAcrossNationalDayAsync();

        _db.Time.SetUtcNow(At(10, 14, 9));
        var result = await Scanner.ScanAsync();

        Assert.Equal(1, result.Alerts);
        Assert.Equal(DeadlineAlertLevel.Red, Assert.Single(await AlertsAsync()).Level);
        Assert.Equal(0, (await Scanner.ScanAsync()).Alerts);
    }

    [Fact]
    public async Task RedBeyondTheEscalationLimit_GoesToTheLeaders()
    {
        await ComplexCaseAcrossNationalDayAsync();
        _db.Time.SetUtcNow(At(10, 13, 9));
        await Scanner.ScanAsync();

        // Three working days after Mon 10-12 is Thu 10-15; escalation after its end.
        _db.Time.SetUtcNow(At(10, 15, 23));
        Assert.Equal(0, (await Scanner.ScanAsync()).Alerts);
        _db.Time.SetUtcNow(At(10, 16, 9));
        Assert.Equal(1, (await Scanner.ScanAsync()).Alerts);

        Assert.Equal(NotificationKinds.Escalate, Assert.Single(await NotificationsAsync(_leaderUser)).Kind);
    }

    [Fact]
    public async Task TheRespondent_IsNeverNotified()
    {
        await ComplexCaseAcrossNationalDayAsync();
        _db.Time.SetUtcNow(At(10, 20, 9));
        await Scanner.ScanAsync();

        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var respondent = await ctx.Users.SingleAsync(u => u.StaffId == RespondentStaff);
        Assert.False(await ctx.Notifications.AnyAsync(n => n.UserId == respondent.Id));
    }

    [Fact]
    public async Task ApprovedExtension_MovesTheDueDate_AndWarnsAgainForTheNewOne()
    {
        var id = await ComplexCaseAcrossNationalDayAsync();
        _db.Time.SetUtcNow(At(10, 10, 9));
        await Scanner.ScanAsync();
        var apply = _db.Get<ApplyComplaintActionHandler>();
        int version;
        await using (var ctx = await _db.Factory.CreateDbContextAsync())
        {
            version = (await ctx.Complaints.SingleAsync()).Version;
        }
        var requested = await apply.HandleAsync(id, version, new RequestExtensionCommand("需要协调"), Handler);
        await apply.HandleAsync(id, requested.Version, new ApproveExtensionCommand(), Supervisor);

        _db.Time.SetUtcNow(At(10, 13, 9));
        Assert.Equal(0, (await Scanner.ScanAsync()).Alerts);
        _db.Time.SetUtcNow(At(10, 21, 0));
        Assert.Equal(1, (await Scanner.ScanAsync()).Alerts);

        var alerts = await AlertsAsync();
        Assert.Equal(2, alerts.Count);
        Assert.All(alerts, a => Assert.Equal(DeadlineAlertLevel.Yellow, a.Level));
        Assert.NotEqual(alerts[0].DueAt, alerts[1].DueAt);
    }

    [Fact]
    public async Task Alerts_ArePublished_AfterCommit()
    {
        await ComplexCaseAcrossNationalDayAsync();
        var received = new List<ChangeEvent>();
        var published = new TaskCompletionSource();
        using var subscription = _db.Get<ChangeFeed>().Subscribe(e =>
        {
            lock (received)
            {
                received.Add(e);
                if (received.OfType<NotificationCreated>().Any())
                {
                    published.TrySetResult();
                }
            }
            return Task.CompletedTask;
        });

        _db.Time.SetUtcNow(At(10, 10, 8));
        await Scanner.ScanAsync();
        await published.Task.WaitAsync(TimeSpan.FromSeconds(5));

        var note = received.OfType<NotificationCreated>().First();
        Assert.True(note.NotificationId > 0);
        Assert.Contains(received, e => e is DeadlineAlerted { Level: "Yellow" });
    }

    [Fact]
    public async Task DueDeadlines_RestoresEachDeadline_AsEfLoadsIt()
    {
        var id = await ComplexCaseAcrossNationalDayAsync();
        var now = At(10, 13, 0);
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        await ctx.Database.OpenConnectionAsync();

        var due = DueDeadlines.Read(ctx.Database.GetDbConnection(), null, now, 500);

        var loaded = await ctx.Deadlines.AsNoTracking().Where(d => d.ComplaintId == id && d.CompletedAt == null).ToListAsync();
        var expected = loaded.Where(d => d.PendingAlert(now) is not null).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(d => d.Id).Order(), due.Select(d => d.Deadline.Id).Order());
        foreach (var (deadline, c) in due)
        {
            var ef = expected.Single(d => d.Id == deadline.Id);
            Assert.Equivalent(ef, deadline, strict: true);
            Assert.Equal((id, ComplaintStatus.Assigned, ComplaintCategory.Efficiency, HandlerUnit, HandlerStaff, RespondentStaff),
                (c.Id, c.Status, c.Category, c.LeadUnitId, c.HandlerStaffId, c.RespondentStaffId));
        }
    }
}
