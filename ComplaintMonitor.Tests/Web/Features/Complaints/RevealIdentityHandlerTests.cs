using System.Security.Claims;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Features.Complaints.Detail;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Features.Complaints;

public sealed class RevealIdentityHandlerTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ComplaintCases _cases = null!;
    private ServiceProvider _authorization = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _cases = new ComplaintCases(_db);
        var services = new ServiceCollection().AddLogging();
        services.AddAuthorizationBuilder().AddAppPolicies();
        _authorization = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _authorization.DisposeAsync();
        await _db.DisposeAsync();
    }

    private RevealIdentityHandler Reveal => new(_db.Factory, _authorization.GetRequiredService<IAuthorizationService>(), _db.Time);

    public static ClaimsPrincipal Principal(Actor actor)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, actor.UserId),
            new(ClaimTypes.Name, actor.DisplayName),
            new(ClaimTypes.Role, actor.Role.ToString()),
            new(AppClaims.DisplayName, actor.DisplayName),
        ];
        if (actor.StaffId is { } staff)
        {
            claims.Add(new(AppClaims.StaffId, staff.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        if (actor.UnitId is { } unit)
        {
            claims.Add(new(AppClaims.UnitId, unit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }

    [Fact]
    public async Task Reveal_ReturnsTheIdentity_AndLogsItTwice_InOneGo()
    {
        var id = await _cases.AddAsync();
        _db.Time.Advance(TimeSpan.FromMinutes(5));

        var identity = await Reveal.HandleAsync(id, Principal(Leader));

        Assert.Equal("张三", identity.Name);
        Assert.Equal("13812341234", identity.Phone);
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var log = Assert.Single(await ctx.IdentityAccessLog.ToListAsync());
        Assert.Equal((id, Leader.UserId, Leader.DisplayName, _db.Time.GetUtcNow()), (log.ComplaintId, log.UserId, log.UserName, log.At));
        var history = await ctx.History.Where(h => h.ComplaintId == id).OrderBy(h => h.Id).ToListAsync();
        Assert.Equal(["Register", Complaint.RevealIdentityAction], history.Select(h => h.Action));
        Assert.Equal(Leader.DisplayName, history[^1].ActorName);
        var stored = await ctx.Complaints.SingleAsync(c => c.Id == id);
        Assert.Equal(0, stored.Version);
    }

    [Fact]
    public async Task Reveal_WithoutThePolicy_IsRefused_AndLogsNothing()
    {
        var id = await _cases.AssignedAsync(HandlerUnit, HandlerStaff);

        await Assert.ThrowsAsync<NotPermittedException>(() => Reveal.HandleAsync(id, Principal(Handler)));

        await AssertNothingLoggedAsync();
    }

    [Fact]
    public async Task Reveal_ByTheRespondent_IsRefused_EvenForASupervisor()
    {
        var id = await _cases.AddAsync();

        await Assert.ThrowsAsync<NotPermittedException>(() => Reveal.HandleAsync(id, Principal(Supervisor with { StaffId = RespondentStaff })));

        await AssertNothingLoggedAsync();
    }

    [Fact]
    public async Task IdentityAccessLog_IsAppendOnly_InTheDatabase()
    {
        var id = await _cases.AddAsync();
        await Reveal.HandleAsync(id, Principal(Supervisor));
        await using var ctx = await _db.Factory.CreateDbContextAsync();

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => ctx.Database.ExecuteSqlRawAsync("""UPDATE "IdentityAccessLog" SET "UserName" = 'x'"""));
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => ctx.Database.ExecuteSqlRawAsync("""DELETE FROM "IdentityAccessLog" """));
    }

    private async Task AssertNothingLoggedAsync()
    {
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        Assert.Equal(0, await ctx.IdentityAccessLog.CountAsync());
        Assert.DoesNotContain(await ctx.History.Select(h => h.Action).ToListAsync(), a => a == Complaint.RevealIdentityAction);
    }
}
