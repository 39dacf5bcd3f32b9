using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintMonitor.Tests.Web.Features.Account;

public sealed class DemoUsersTests(ComplaintMonitorApp app) : IClassFixture<ComplaintMonitorApp>, IAsyncLifetime
{
    public async Task InitializeAsync() => await app.SeedDemoAccountsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Seeding_again_creates_nothing()
    {
        Assert.Equal(0, await DemoUsers.EnsureAsync(app.Services));

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.Equal(6, await users.Users.CountAsync());
    }

    [Theory]
    [InlineData("leader", UserRole.Leader, "中心主任")]
    [InlineData("supervisor", UserRole.Supervisor, "效能督查室")]
    [InlineData("supervisor2", UserRole.Supervisor, "效能督查室（二）")]
    [InlineData("admin", UserRole.Admin, "系统管理员")]
    public async Task Each_demo_account_signs_in_as_its_role(string userName, UserRole role, string displayName)
    {
        var actor = await ActorOfAsync(userName);

        Assert.Equal((role, displayName), (actor.Role, actor.DisplayName));
        Assert.Null(actor.StaffId);
    }

    [Theory]
    [InlineData("handler", "SCJG")]
    [InlineData("handler2", "SW")]
    public async Task Handlers_act_for_the_first_staff_member_of_their_unit(string userName, string unitCode)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var staff = await db.Staff.Where(s => db.Units.Any(u => u.Id == s.UnitId && u.Code == unitCode)).OrderBy(s => s.Id).FirstAsync();

        var actor = await ActorOfAsync(userName);

        Assert.Equal(UserRole.Handler, actor.Role);
        Assert.Equal((staff.Id, staff.UnitId, staff.WindowId), (actor.StaffId, actor.UnitId, actor.WindowId));
        Assert.Equal(staff.Name, actor.DisplayName);
        Assert.NotNull(actor.WindowId);
    }

    // The principal the sign-in puts in the cookie, turned into the domain actor as every page does (CurrentActor).
    private async Task<Actor> ActorOfAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var principal = await factory.CreateAsync((await users.FindByNameAsync(userName))!);
        return ActorFactory.FromPrincipal(principal) ?? throw new InvalidOperationException($"{userName} has no role");
    }
}
