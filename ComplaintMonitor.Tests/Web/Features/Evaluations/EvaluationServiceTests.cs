using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Configurations;
using ComplaintMonitor.Web.Features.Evaluations;
using ComplaintMonitor.Web.Features.Evaluations.List;
using ComplaintMonitor.Web.Realtime;
using ComplaintMonitor.Web.Security;
using Microsoft.EntityFrameworkCore;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Features.Evaluations;

/// <summary>Intake and appeals on a real database (unit 10: window A01 with S100 and S200; unit 11: S101).</summary>
public sealed class EvaluationServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        await ctx.Database.ExecuteSqlRawAsync("""INSERT INTO "Windows" ("Id","Code","Name","UnitId","Active") VALUES (2,'B01','乙一号窗口',11,1)""");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private EvaluationIntake Intake => _db.Get<EvaluationIntake>();
    private EvaluationAppeals Appeals => _db.Get<EvaluationAppeals>();

    private static RatingSubmission Rating(string number, int level, string window = "A01", string? staff = "S200") => new()
    {
        WindowCode = window, StaffNo = staff, ServiceCaseNumber = number, Level = level, Channel = RatingChannel.Device, Comment = "测试",
    };

    private Task<ReceivedRating> Receive(RatingSubmission r) => Intake.ReceiveAsync(r, "apikey:1", EvaluationIntake.DeviceActor("apikey:1", "测试"));

    private async Task<List<(StatPeriod, DateOnly, int, int, int, RatingChannel, string)>> RowsAsync()
    {
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var rows = await ctx.EvaluationStatRows.AsNoTracking().ToListAsync();
        return [.. rows.Select(r => (r.Period, r.Day, r.UnitId, r.WindowId, r.StaffId, r.Channel, string.Join(',', r.Counts.ToArray())))
            .OrderBy(r => r.ToString(), StringComparer.Ordinal)];
    }

    private async Task<EvaluationCounts> DayCountsAsync()
    {
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var rows = await ctx.EvaluationStatRows.AsNoTracking().Where(r => r.Period == StatPeriod.Day).ToListAsync();
        return rows.Aggregate(EvaluationCounts.Zero, (sum, r) => sum + r.Counts);
    }

    [Fact]
    public async Task A_bad_rating_and_its_case_are_stored_together_and_published_after_the_commit()
    {
        var events = new List<ChangeEvent>();
        using var subscription = _db.Get<ChangeFeed>().Subscribe(e =>
        {
            lock (events)
            {
                events.Add(e);
            }
            return Task.CompletedTask;
        });

        var received = await Receive(Rating("BJ-1", 2) with { RaterName = "王五", RaterPhone = "13800001111" });

        Assert.NotNull(received.ComplaintId);
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var complaint = await ctx.Complaints.SingleAsync(c => c.Id == received.ComplaintId);
        Assert.Equal("王五", complaint.Complainant.Name);
        Assert.Equal(RespondentStaff, complaint.RespondentStaffId);
        Assert.Equal(received.EvaluationId, complaint.SourceEvaluationId);
        Assert.Collection(events,
            e => Assert.Equal(received.EvaluationId, Assert.IsType<EvaluationReceived>(e).EvaluationId),
            e => Assert.Equal("Register", Assert.IsType<ComplaintChanged>(e).Action));
    }

    [Fact]
    public async Task A_bad_rating_without_staff_names_the_window_and_an_unusable_rater_phone_is_refused()
    {
        var byWindow = await Receive(Rating("BJ-2", 1, staff: null));
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var complaint = await ctx.Complaints.SingleAsync(c => c.Id == byWindow.ComplaintId);
        Assert.Equal(1, complaint.RespondentWindowId);
        Assert.Null(complaint.RespondentStaffId);
        Assert.True(complaint.Complainant.Anonymous);

        var ex = await Assert.ThrowsAsync<RatingRefusedException>(() => Receive(Rating("BJ-3", 1) with { RaterName = "王五", RaterPhone = "123" }));
        Assert.Equal(RatingRefusal.Invalid, ex.Refusal);
        Assert.True(ex.Errors.ContainsKey("raterPhone"));
        Assert.False(await ctx.Evaluations.AnyAsync(e => e.ServiceCaseNumber == "BJ-3"));
    }

    [Fact]
    public async Task Ratings_racing_for_the_same_transaction_store_one_and_refuse_the_others()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            try
            {
                await Receive(Rating("BJ-RACE", 1));
                return (RatingRefusal?)null;
            }
            catch (RatingRefusedException ex)
            {
                return ex.Refusal;
            }
        }));

        Assert.Single(attempts, a => a is null);
        Assert.All(attempts.Where(a => a is not null), a => Assert.Equal(RatingRefusal.Duplicate, a));
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        Assert.Equal(1, await ctx.Complaints.CountAsync(c => c.LinkedServiceCaseNumber == "BJ-RACE"));
        Assert.Equal(1, (await DayCountsAsync()).VeryDissatisfied);
    }

    [Fact]
    public async Task The_same_transaction_may_be_rated_once_per_channel()
    {
        await Receive(Rating("BJ-4", 5));
        await Receive(Rating("BJ-4", 4) with { Channel = RatingChannel.Sms });

        Assert.Equal(2, (await DayCountsAsync()).Total);
    }

    [Fact]
    public async Task An_approved_appeal_moves_the_rating_to_excluded_and_a_refused_one_keeps_it()
    {
        var approved = await Receive(Rating("BJ-5", 1));
        var refused = await Receive(Rating("BJ-6", 2));
        Assert.Equal(2, (await DayCountsAsync()).Bad);

        await Appeals.FileAsync(approved.EvaluationId, Handler, "群众误按", "监控录像 10:02");
        await Appeals.FileAsync(refused.EvaluationId, Handler, "不认可", "无");
        await Assert.ThrowsAsync<NotPermittedException>(() => Appeals.FileAsync(approved.EvaluationId, Handler, "再申诉", "无"));
        await Assert.ThrowsAsync<NotPermittedException>(() => Appeals.DecideAsync(approved.EvaluationId, RespondentAsHandler with { Role = UserRole.Supervisor }, true, MisratingKind.Mistaken, "同意"));

        await Appeals.DecideAsync(approved.EvaluationId, Supervisor, true, MisratingKind.Mistaken, "录像显示误按");
        await Appeals.DecideAsync(refused.EvaluationId, Leader, false, null, "证据不足");

        var counts = await DayCountsAsync();
        Assert.Equal(0, counts.VeryDissatisfied);
        Assert.Equal(1, counts.Dissatisfied);
        Assert.Equal(1, counts.Excluded);
        await Assert.ThrowsAsync<NotPermittedException>(() => Appeals.DecideAsync(approved.EvaluationId, Leader, false, null, "再议"));
        Assert.Equal(counts, await DayCountsAsync());
    }

    [Fact]
    public async Task Deciders_are_told_of_a_filed_appeal_and_the_filer_of_the_decision_the_rated_staff_member_never()
    {
        var supervisor = await _db.AddUserAsync("sup", AppRoles.Supervisor);
        var leader = await _db.AddUserAsync("boss", AppRoles.Leader);
        // The rated staff member (S200 is staff 200) holds a supervisor role here: 回避 keeps them out of their own appeal.
        var rated = await _db.AddUserAsync("rated", AppRoles.Supervisor, staffId: 200);
        var filer = await _db.AddUserAsync("filer", AppRoles.Handler, unitId: 10);
        var received = await Receive(Rating("BJ-N1", 1));
        var events = new List<ChangeEvent>();
        using var subscription = _db.Get<ChangeFeed>().Subscribe(e =>
        {
            lock (events)
            {
                events.Add(e);
            }
            return Task.CompletedTask;
        });

        await Appeals.FileAsync(received.EvaluationId, Handler with { UserId = filer }, "群众误按", "监控录像 10:02");
        await Appeals.DecideAsync(received.EvaluationId, Supervisor with { UserId = supervisor }, true, MisratingKind.Mistaken, "录像显示误按");

        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var notes = await ctx.Notifications.AsNoTracking().OrderBy(n => n.Id).ToListAsync();
        Assert.Equal(new[] { supervisor, leader }.Order(), notes.Where(n => n.Kind == NotificationKinds.AppealFiled).Select(n => n.UserId).Order());
        var decided = Assert.Single(notes, n => n.Kind == NotificationKinds.AppealDecided);
        Assert.Equal(filer, decided.UserId);
        Assert.Contains("申诉已通过", decided.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(notes, n => n.UserId == rated);
        Assert.All(notes, n => Assert.Equal(received.ComplaintId, n.ComplaintId));
        // Opening one leads to the rating under appeal, not to its 差评 case, in the centre and in the pushed toast alike.
        Assert.All(notes, n => Assert.Equal($"/evaluations/{received.EvaluationId}", Notification.Target(n.Link, n.ComplaintId)));
        lock (events)
        {
            Assert.Equal(3, events.OfType<NotificationCreated>().Count());
            Assert.All(events.OfType<NotificationCreated>(), e => Assert.Equal($"/evaluations/{received.EvaluationId}", e.Link));
        }
    }

    [Fact]
    public async Task A_full_recompute_rewrites_only_the_rollup_rows_that_differ_and_corrects_them()
    {
        await Receive(Rating("BJ-S1", 5));
        await Receive(Rating("BJ-S2", 1));
        await Receive(Rating("BJ-S3", 4, "B01", "S101"));
        var good = await RowsAsync();
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        await using (var tx = await ctx.Database.BeginTransactionAsync())
        {
            Assert.Equal(0, await EvaluationRollup.RecomputeAllAsync(ctx, CancellationToken.None));
            await tx.CommitAsync();
        }
        // A row that should not exist (a copy on another day), wrong counts and a missing row.
        var first = EvaluationCountsColumns.Names[0];
        var counts = string.Join(", ", EvaluationCountsColumns.Names.Select(c => $"\"{c}\""));
        var copy = $"""
            INSERT INTO "EvaluationStatRows" ("Period", "Day", "UnitId", "WindowId", "StaffId", "Channel", {counts})
            SELECT "Period", '1999-01-01', "UnitId", "WindowId", "StaffId", "Channel", {counts} FROM "EvaluationStatRows" WHERE "Period" = 1 LIMIT 1
            """;
        var wrong = $"""UPDATE "EvaluationStatRows" SET "{first}" = "{first}" + 7 WHERE "Period" = 2""";
        const string missing = """DELETE FROM "EvaluationStatRows" WHERE rowid = (SELECT min(rowid) FROM "EvaluationStatRows" WHERE "Period" = 1 AND "Day" <> '1999-01-01')""";
        foreach (var sql in new[] { copy, wrong, missing })
        {
            await ctx.Database.ExecuteSqlRawAsync(sql);
        }

        await using (var tx = await ctx.Database.BeginTransactionAsync())
        {
            var written = await EvaluationRollup.RecomputeAllAsync(ctx, CancellationToken.None);
            await tx.CommitAsync();
            Assert.True(written >= 3, $"{written} rows written");
        }

        Assert.Equal(good, await RowsAsync());
    }

    [Fact]
    public async Task Incrementally_kept_rows_equal_a_full_recompute_after_random_ratings_and_appeals()
    {
        var random = new Random(2026);
        var actors = new[] { Supervisor, Supervisor2, Leader };
        var ids = new List<long>();
        for (var i = 0; i < 60; i++)
        {
            _db.Time.Advance(TimeSpan.FromHours(random.Next(1, 30)));
            var (window, staff) = random.Next(3) switch { 0 => ("A01", "S100"), 1 => ("A01", (string?)null), _ => ("B01", "S101") };
            var channel = (RatingChannel)random.Next(0, 8);
            var received = await Receive(Rating($"BJ-R{i}", random.Next(1, 6), window, staff) with
            {
                Channel = channel,
                RatedAt = _db.Time.GetUtcNow().AddHours(-random.Next(0, 20)),
            });
            ids.Add(received.EvaluationId);
        }
        await using (var ctx = await _db.Factory.CreateDbContextAsync())
        {
            var bad = await ctx.Evaluations.Where(e => e.ComplaintId != null).Select(e => new { e.Id, e.UnitId }).ToListAsync();
            foreach (var e in bad.Where(_ => random.Next(2) == 0))
            {
                var filer = e.UnitId == HandlerUnit ? Handler : OtherHandler;
                await Appeals.FileAsync(e.Id, filer, "申诉理由", "证据");
                if (random.Next(3) > 0)
                {
                    await Appeals.DecideAsync(e.Id, actors[random.Next(actors.Length)], random.Next(2) == 0, MisratingKind.Malicious, "复核意见");
                }
            }
        }
        var incremental = await RowsAsync();

        await using (var ctx = await _db.Factory.CreateDbContextAsync())
        {
            await using var tx = await ctx.Database.BeginTransactionAsync();
            await EvaluationRollup.RecomputeAllAsync(ctx, CancellationToken.None);
            await tx.CommitAsync();
        }

        Assert.NotEmpty(incremental);
        Assert.Equal(incremental, await RowsAsync());
    }

    [Fact]
    public async Task The_list_shows_a_handler_only_their_units_ratings_with_the_rater_masked_and_filters_by_level_and_appeal()
    {
        await Receive(Rating("BJ-L1", 5) with { RaterName = "王小五", RaterPhone = "13800001111" });
        var bad = await Receive(Rating("BJ-L2", 1));
        await Receive(Rating("BJ-L3", 4, "B01", "S101"));
        await Appeals.FileAsync(bad.EvaluationId, Handler, "误按", "录像");
        var queries = _db.Get<EvaluationQueries>();

        var handlers = await queries.ListAsync(EvaluationFilter.None, Handler, 0, 25);
        var supervisors = await queries.ListAsync(EvaluationFilter.None, Supervisor, 0, 25);
        var badOnly = await queries.ListAsync(EvaluationFilter.None with { BadOnly = true }, Supervisor, 0, 25);
        var pending = await queries.ListAsync(EvaluationFilter.FromUri("/evaluations?appeal=Pending"), Supervisor, 0, 25);

        Assert.Equal(["BJ-L1", "BJ-L2"], handlers.Rows.Select(r => r.ServiceCaseNumber).Order(StringComparer.Ordinal));
        Assert.Equal(3, supervisors.Total);
        Assert.Equal("王** 138****1111", supervisors.Rows.Single(r => r.ServiceCaseNumber == "BJ-L1").MaskedRater);
        Assert.Equal(bad.EvaluationId, Assert.Single(badOnly.Rows).Id);
        Assert.Equal(bad.EvaluationId, Assert.Single(pending.Rows).Id);
        Assert.DoesNotContain((await queries.ListAsync(EvaluationFilter.None, OtherHandler, 0, 25)).Rows, r => r.UnitName == "测试单位甲");
    }

    [Fact]
    public async Task Only_a_supervisor_or_leader_who_is_not_the_rated_staff_member_may_reveal_the_rater()
    {
        var received = await Receive(Rating("BJ-REV", 2) with { RaterName = "王小五", RaterPhone = "13800001111" });
        var queries = _db.Get<EvaluationQueries>();

        Assert.Equal(("王小五", "13800001111"), await queries.RevealRaterAsync(received.EvaluationId, Supervisor));
        await Assert.ThrowsAsync<NotPermittedException>(() => queries.RevealRaterAsync(received.EvaluationId, Handler));
        await Assert.ThrowsAsync<NotPermittedException>(() => queries.RevealRaterAsync(received.EvaluationId, Leader with { StaffId = RespondentStaff }));

        // The one reveal is logged (who, when, which rating), and the log cannot be rewritten.
        await using var db = await _db.Factory.CreateDbContextAsync();
        var logged = Assert.Single(await db.RaterAccessLog.ToListAsync());
        Assert.Equal((received.EvaluationId, Supervisor.UserId), (logged.EvaluationId, logged.UserId));
        await Assert.ThrowsAnyAsync<Exception>(() => db.RaterAccessLog.ExecuteDeleteAsync());
    }

    [Fact]
    public void Live_rating_events_reach_overseers_and_the_rated_units_handlers_only()
    {
        var change = new EvaluationReceived(1, 1, "Device", HandlerUnit, 1, RespondentStaff, 5, false, Monday);

        Assert.True(LiveUpdates.MaySee(Supervisor, change));
        Assert.True(LiveUpdates.MaySee(Leader, change));
        Assert.True(LiveUpdates.MaySee(Handler, change));
        Assert.False(LiveUpdates.MaySee(OtherHandler, change));
    }
}
