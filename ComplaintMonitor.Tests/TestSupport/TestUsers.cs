using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintMonitor.Tests.TestSupport;

/// <summary>Accounts in a test app's database: the demo centre's accounts, or a fresh one for a test that changes its user.</summary>
public static class TestUsers
{
    /// <summary>The demo organisation (units, windows, staff; no complaints) and the demo accounts of <see cref="DemoUsers"/>.</summary>
    public static async Task SeedDemoAccountsAsync(this ComplaintMonitorApp app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await DemoOrganisation.EnsureAsync(db, CancellationToken.None);
        }
        await DemoUsers.EnsureAsync(app.Services);
    }

    /// <summary>A new account with one role (roles are created when missing); returns its id.</summary>
    public static async Task<string> CreateUserAsync(this ComplaintMonitorApp app, string userName, string role, string password = DemoUsers.Password, string? displayName = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await DemoUsers.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, DisplayName = displayName ?? userName };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        return user.Id;
    }

    /// <summary>The stored account, read fresh.</summary>
    public static async Task<AppUser?> FindUserAsync(this ComplaintMonitorApp app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
