using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Data.Seeding;

/// <summary>
/// One sign-in account per role for the demo centre (all with <see cref="Password"/>), created with the demo data and
/// never otherwise. Idempotent: existing accounts are left as they are. Handlers are bound to demo staff members.
/// </summary>
public static class DemoUsers
{
    public const string Password = "Demo@2026";

    /// <summary>User name, display name, role, and for handlers the demo unit (by code) whose first staff member they are bound to.</summary>
    public static IReadOnlyList<(string UserName, string DisplayName, string Role, string? UnitCode)> All { get; } =
    [
        ("leader", "中心主任", AppRoles.Leader, null),
        ("supervisor", "效能督查室", AppRoles.Supervisor, null),
        ("supervisor2", "效能督查室（二）", AppRoles.Supervisor, null),
        ("handler", "", AppRoles.Handler, "SCJG"),     // 市场监督管理局, the first demo unit
        ("handler2", "", AppRoles.Handler, "SW"),      // 税务局
        ("admin", "系统管理员", AppRoles.Admin, null),
    ];

    /// <summary>Creates the roles and the demo accounts that are missing; the demo organisation must exist for the handlers.</summary>
    public static async Task<int> EnsureAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        await EnsureRolesAsync(roles);
        var created = 0;
        foreach (var (userName, displayName, role, unitCode) in All)
        {
            ct.ThrowIfCancellationRequested();
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }
            var user = new AppUser { UserName = userName, DisplayName = displayName };
            if (unitCode is not null)
            {
                var staff = await db.Staff.AsNoTracking()
                    .Where(s => db.Units.Any(u => u.Id == s.UnitId && u.Code == unitCode) && s.WindowId != null && s.Active)
                    .OrderBy(s => s.Id)
                    .FirstOrDefaultAsync(ct)
                    ?? throw new InvalidOperationException($"演示单位“{unitCode}”没有人员，无法创建承办账户 {userName}");
                user.StaffId = staff.Id;
                user.UnitId = staff.UnitId;
                user.WindowId = staff.WindowId;
                user.DisplayName = staff.Name;
            }
            Check(await users.CreateAsync(user, Password), userName);
            Check(await users.AddToRoleAsync(user, role), userName);
            created++;
        }
        return created;
    }

    /// <summary>The four roles of <see cref="AppRoles"/>, created when missing.</summary>
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in AppRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
