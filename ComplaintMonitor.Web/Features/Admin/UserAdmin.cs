using ComplaintMonitor.Domain;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Localization;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Web.Features.Admin;

/// <summary>A sign-in account as the user list shows it. <see cref="LockedOut"/> follows Identity (system clock).</summary>
public sealed record UserRow(
    string Id, string UserName, string DisplayName, string? Role, int? StaffId, string? StaffLabel, DateTimeOffset? LockoutEnd, bool LockedOut)
{
    /// <summary>Locked by an administrator (until unlocked), not by failed sign-ins (for a quarter of an hour).</summary>
    public bool LockedByAdministrator => LockedOut && LockoutEnd?.Year >= 9999;
}

/// <summary>A staff member an account can be bound to.</summary>
public sealed record StaffOption(int Id, string StaffNo, string Name, string UnitName, string? WindowCode, string? BoundTo)
{
    public string Label => WindowCode is null ? $"{StaffNo} {Name}（{UnitName}）" : $"{StaffNo} {Name}（{UnitName} · {WindowCode}）";
}

public sealed class NewUserForm
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Role { get; set; }
    public int? StaffId { get; set; }
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>
/// Accounts and roles for the administrator. Each operation runs in its own scope (a fresh UserManager and DbContext), so
/// a long-lived circuit never works on stale rows. Refusals are <see cref="DomainException"/>s with a message for the user.
/// An account has one role; a 承办 (Handler) account must be bound to a staff member, whose unit and window it takes.
/// </summary>
public sealed class UserAdmin(IServiceScopeFactory scopes, IStringLocalizer<SharedResource> localizer, ILogger<UserAdmin> logger)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .AsNoTracking().ToListAsync(ct);
        var staff = await StaffLabelsAsync(db, ct);
        var now = DateTimeOffset.UtcNow;   // Identity's lockout runs on the system clock
        return [.. users.Select(u => new UserRow(
            u.Id, u.UserName ?? "", u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name).Order(StringComparer.Ordinal).FirstOrDefault(),
            u.StaffId, u.StaffId is { } s ? staff.GetValueOrDefault(s) : null,
            u.LockoutEnd, u.LockoutEnabled && u.LockoutEnd > now))];
    }

    /// <summary>Active staff members, with the account each is already bound to.</summary>
    public async Task<IReadOnlyList<StaffOption>> StaffOptionsAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var bound = await db.Users.AsNoTracking().Where(u => u.StaffId != null)
            .Select(u => new { u.StaffId, u.UserName }).ToListAsync(ct);
        var staff = await (from s in db.Staff
                           join u in db.Units on s.UnitId equals u.Id
                           join w in db.Windows on s.WindowId equals w.Id into ws
                           from w in ws.DefaultIfEmpty()
                           where s.Active
                           orderby s.StaffNo
                           select new { s.Id, s.StaffNo, s.Name, UnitName = u.Name, WindowCode = w == null ? null : w.Code })
            .AsNoTracking().ToListAsync(ct);
        return [.. staff.Select(s => new StaffOption(
            s.Id, s.StaffNo, s.Name, s.UnitName, s.WindowCode, bound.FirstOrDefault(b => b.StaffId == s.Id)?.UserName))];
    }

    public async Task<string> CreateAsync(NewUserForm form, CancellationToken ct = default)
    {
        var userName = Required(form.UserName, "Users.UserName");
        var displayName = Required(form.DisplayName, "Users.DisplayName");
        var role = ValidRole(form.Role);
        if (string.IsNullOrEmpty(form.Password))
        {
            throw Problem("Users.PasswordRequired");
        }
        if (form.Password != form.ConfirmPassword)
        {
            throw Problem("Users.ConfirmMismatch");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = new AppUser { UserName = userName, DisplayName = displayName };
        await BindAsync(db, user, role, form.StaffId, ct);
        await DemoUsers.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        Check(await users.CreateAsync(user, form.Password));
        Check(await users.AddToRoleAsync(user, role));
        await tx.CommitAsync(ct);
        logger.LogInformation("Account {UserName} created with role {Role}", userName, role);
        return user.Id;
    }

    /// <summary>Gives the account another role (and staff binding); its sessions end, so the new rights apply at once.</summary>
    public async Task ChangeRoleAsync(string userId, string? role, int? staffId, string actingUserId, CancellationToken ct = default)
    {
        var newRole = ValidRole(role);
        if (userId == actingUserId)
        {
            throw Problem("Users.NotYourself");
        }
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await users.FindByIdAsync(userId) ?? throw Problem("Users.NotFound");
        await BindAsync(db, user, newRole, staffId, ct);
        await DemoUsers.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var current = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, current));
        Check(await users.AddToRoleAsync(user, newRole));
        Check(await users.UpdateSecurityStampAsync(user));   // also saves the staff binding
        await tx.CommitAsync(ct);
        logger.LogInformation("Account {UserName} now has role {Role} (staff {StaffId})", user.UserName, newRole, user.StaffId);
    }

    public async Task ResetPasswordAsync(string userId, string password, string confirmPassword)
    {
        if (string.IsNullOrEmpty(password))
        {
            throw Problem("Users.PasswordRequired");
        }
        if (password != confirmPassword)
        {
            throw Problem("Users.ConfirmMismatch");
        }
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw Problem("Users.NotFound");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, password));
        logger.LogInformation("Password of {UserName} reset by an administrator", user.UserName);
    }

    /// <summary>Locks the account until unlocked (its sessions end within minutes), or lifts any lock, also one from failed sign-ins.</summary>
    public async Task SetLockedAsync(string userId, bool locked, string actingUserId)
    {
        if (locked && userId == actingUserId)
        {
            throw Problem("Users.NotYourself");
        }
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw Problem("Users.NotFound");
        if (locked)
        {
            Check(await users.SetLockoutEnabledAsync(user, true));
            Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
            Check(await users.UpdateSecurityStampAsync(user));
        }
        else
        {
            Check(await users.SetLockoutEndDateAsync(user, null));
            Check(await users.ResetAccessFailedCountAsync(user));
        }
        logger.LogInformation("Account {UserName} {Action} by an administrator", user.UserName, locked ? "locked" : "unlocked");
    }

    private async Task BindAsync(AppDbContext db, AppUser user, string role, int? staffId, CancellationToken ct)
    {
        if (staffId is null)
        {
            if (role == AppRoles.Handler)
            {
                throw Problem("Users.HandlerNeedsStaff");
            }
            user.StaffId = user.UnitId = user.WindowId = null;
            return;
        }
        var staff = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffId && s.Active, ct)
            ?? throw Problem("Users.StaffNotFound");
        var other = await db.Users.AsNoTracking().Where(u => u.StaffId == staffId && u.Id != user.Id).Select(u => u.UserName).FirstOrDefaultAsync(ct);
        if (other is not null)
        {
            throw Problem("Users.StaffTaken", other);
        }
        user.StaffId = staff.Id;
        user.UnitId = staff.UnitId;
        user.WindowId = staff.WindowId;
    }

    private static async Task<Dictionary<int, string>> StaffLabelsAsync(AppDbContext db, CancellationToken ct) =>
        await (from s in db.Staff join u in db.Units on s.UnitId equals u.Id select new { s.Id, Label = s.StaffNo + " " + s.Name + "（" + u.Name + "）" })
            .AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Label, ct);

    private string ValidRole(string? role) =>
        role is not null && AppRoles.All.Contains(role) ? role : throw Problem("Users.RoleRequired");

    private string Required(string value, string fieldKey) =>
        string.IsNullOrWhiteSpace(value) ? throw Problem("Org.Required", localizer[fieldKey]) : value.Trim();

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException(string.Join("；", result.Errors.Select(e => e.Description).Distinct()));
        }
    }

    private DomainException Problem(string key, params object[] arguments) => new(localizer[key, arguments]);
}
