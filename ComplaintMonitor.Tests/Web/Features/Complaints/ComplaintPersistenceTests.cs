using ComplaintMonitor.Domain;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Features.Complaints;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Features.Complaints;

public sealed class ComplaintPersistenceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private RegisterComplaintHandler Register => _db.Get<RegisterComplaintHandler>();
    private ApplyComplaintActionHandler Apply => _db.Get<ApplyComplaintActionHandler>();

    private static NewComplaint Input(DateTimeOffset at) => new()
    {
        Channel = Channel.Phone,
        Form = ComplaintForm.Oral,
        ReceivedAt = at,
        Complainant = new Complainant("李四", "13900001111", null, null, false),
        RespondentType = RespondentType.Staff,
        RespondentUnitId = HandlerUnit,
        RespondentWindowId = 1,
        RespondentStaffId = RespondentStaff,
        Category = ComplaintCategory.Efficiency,
        Content = "排队时间过长",
    };

    [Fact]
    public async Task Register_StoresCaseDeadlineAndHistory_WithDailyCaseNumbers()
    {
        var first = await Register.HandleAsync(Input(_db.Time.GetUtcNow()), Supervisor);
        var second = await Register.HandleAsync(Input(_db.Time.GetUtcNow()), Supervisor);

        Assert.Equal("TS202611020001", first.CaseNumber);
        Assert.Equal("TS202611020002", second.CaseNumber);
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var stored = await ctx.Complaints.Include(c => c.Deadlines).Include(c => c.History).SingleAsync(c => c.Id == first.Id);
        Assert.Equal("李四", stored.Complainant.Name);
        Assert.Equal(ComplaintStatus.Registered, stored.Status);
        Assert.Equal(new DateOnly(2026, 11, 3), Assert.Single(stored.Deadlines).DueOn);
        Assert.Equal("Register", Assert.Single(stored.History).Action);
    }

    [Fact]
    public async Task Register_BadInput_ChangesNothing()
    {
        var bad = Input(_db.Time.GetUtcNow()) with { Content = "" };

        await Assert.ThrowsAsync<DomainException>(() => Register.HandleAsync(bad, Supervisor));

        await using var ctx = await _db.Factory.CreateDbContextAsync();
        Assert.Equal(0, await ctx.Complaints.CountAsync());
        Assert.Equal(0, await ctx.CaseNumberCounters.CountAsync());
    }

    [Fact]
    public async Task Apply_SavesStateDeadlinesAndHistoryTogether()
    {
        var c = await Register.HandleAsync(Input(_db.Time.GetUtcNow()), Supervisor);

        var accepted = await Apply.HandleAsync(c.Id, c.Version, new AcceptCommand(), Supervisor);
        await Apply.HandleAsync(c.Id, accepted.Version, new AssignCommand(HandlerUnit, [OtherUnit], HandlerStaff), Supervisor);

        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var stored = await ctx.Complaints.Include(x => x.Deadlines).Include(x => x.History).SingleAsync(x => x.Id == c.Id);
        Assert.Equal(ComplaintStatus.Assigned, stored.Status);
        Assert.Equal(2, stored.Version);
        Assert.Equal([OtherUnit], stored.CoUnitIds);
        Assert.Equal(["Register", "Accept", "Assign"], stored.History.OrderBy(h => h.Id).Select(h => h.Action));
        Assert.False(stored.Deadlines.Single(d => d.Kind == DeadlineKind.AcceptBy).IsOpen);
        Assert.Equal(DeadlineRule.Complex, stored.DeadlineRule);
        Assert.Equal(new DateOnly(2026, 11, 9), stored.Deadlines.Single(d => d.Kind == DeadlineKind.ReplyBy).DueOn);
    }

    [Fact]
    public async Task Apply_StaleVersion_IsRefused_AndWritesNothing()
    {
        var c = await Register.HandleAsync(Input(_db.Time.GetUtcNow()), Supervisor);
        await Apply.HandleAsync(c.Id, c.Version, new AcceptCommand(), Supervisor);

        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Apply.HandleAsync(c.Id, c.Version, new RejectCommand([RejectionReason.OutOfScope], "不予受理"), Supervisor));

        Assert.Contains("已被他人修改", ex.Message);
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        Assert.Equal(ComplaintStatus.Accepted, (await ctx.Complaints.SingleAsync()).Status);
        Assert.Equal(2, await ctx.History.CountAsync());
    }

    [Fact]
    public async Task ConcurrentWriters_TheSecondIsRefusedByTheDatabase()
    {
        var c = await Register.HandleAsync(Input(_db.Time.GetUtcNow()), Supervisor);
        var context = await _db.Contexts.GetAsync();
        await using var a = await _db.Factory.CreateDbContextAsync();
        await using var b = await _db.Factory.CreateDbContextAsync();
        var first = await a.Complaints.Include(x => x.Deadlines).SingleAsync();
        var second = await b.Complaints.Include(x => x.Deadlines).SingleAsync();

        first.Apply(new AcceptCommand(), Supervisor, _db.Time.GetUtcNow(), context);
        second.Apply(new WithdrawCommand("撤回"), Supervisor, _db.Time.GetUtcNow(), context);
        await a.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => b.SaveChangesAsync());
        await using var check = await _db.Factory.CreateDbContextAsync();
        Assert.Equal(ComplaintStatus.Accepted, (await check.Complaints.SingleAsync(x => x.Id == c.Id)).Status);
        Assert.Equal(2, await check.History.CountAsync());
    }

    [Fact]
    public async Task Apply_WhenTheHistoryRowCannotBeWritten_TheStateChangeIsRolledBack()
    {
        var c = await Register.HandleAsync(Input(_db.Time.GetUtcNow()), Supervisor);
        await using (var ctx = await _db.Factory.CreateDbContextAsync())
        {
            await ctx.Database.ExecuteSqlRawAsync("""
                CREATE TRIGGER "FailAcceptHistory" BEFORE INSERT ON "ComplaintHistory" WHEN NEW."Action" = 'Accept'
                BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;
                """);
        }

        await Assert.ThrowsAsync<DbUpdateException>(() => Apply.HandleAsync(c.Id, c.Version, new AcceptCommand(), Supervisor));

        await using var check = await _db.Factory.CreateDbContextAsync();
        var stored = await check.Complaints.Include(x => x.Deadlines).SingleAsync();
        Assert.Equal(ComplaintStatus.Registered, stored.Status);
        Assert.Equal(0, stored.Version);
        Assert.True(Assert.Single(stored.Deadlines).IsOpen);
    }

    [Fact]
    public async Task Apply_RefusedByTheDomain_ChangesNothing()
    {
        var c = await Register.HandleAsync(Input(_db.Time.GetUtcNow()), Supervisor);

        await Assert.ThrowsAsync<InvalidTransitionException>(() => Apply.HandleAsync(c.Id, c.Version, new CloseCommand(), Supervisor));
        await Assert.ThrowsAsync<NotPermittedException>(() => Apply.HandleAsync(c.Id, c.Version, new AcceptCommand(), Handler));

        await using var ctx = await _db.Factory.CreateDbContextAsync();
        Assert.Equal(0, (await ctx.Complaints.SingleAsync()).Version);
        Assert.Equal(1, await ctx.History.CountAsync());
    }

    [Fact]
    public async Task History_IsAppendOnly_InTheDatabase()
    {
        await Register.HandleAsync(Input(_db.Time.GetUtcNow()), Supervisor);
        await using var ctx = await _db.Factory.CreateDbContextAsync();

        var update = await Assert.ThrowsAsync<SqliteException>(() => ctx.Database.ExecuteSqlRawAsync("""UPDATE "ComplaintHistory" SET "ActorName" = 'x'"""));
        var delete = await Assert.ThrowsAsync<SqliteException>(() => ctx.Database.ExecuteSqlRawAsync("""DELETE FROM "ComplaintHistory" """));

        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        Assert.Equal(1, await ctx.History.CountAsync());
    }

    [Fact]
    public async Task DueDeadlineQuery_UsesThePartialIndex()
    {
        await using var connection = new SqliteConnection(_db.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            EXPLAIN QUERY PLAN SELECT "Id" FROM "Deadlines" WHERE "CompletedAt" IS NULL AND "PausedOn" IS NULL AND "AlertLevel" < 1 AND "WarnAt" <= $t
            """;
        command.Parameters.AddWithValue("$t", _db.Time.GetUtcNow().UtcTicks);
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, p => p.Contains("IX_Deadlines_Unwarned_WarnAt", StringComparison.Ordinal));
    }
}
