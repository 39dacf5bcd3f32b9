using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Notifications;

/// <summary>A signed-in account with its place in the organisation, as the notification producers need it.</summary>
public sealed record DirectoryUser(string UserId, string DisplayName, int? StaffId, int? UnitId, IReadOnlySet<string> Roles);

/// <summary>
/// Who is told what: 催办 to the case's handler (or its lead unit's handlers), 督办 to the unit head and the
/// supervisors, escalations to the leaders. The respondent is never told about the case.
/// </summary>
public sealed class StaffDirectory
{
    private readonly IReadOnlyList<DirectoryUser> _users;
    private readonly IReadOnlyDictionary<int, int?> _unitHeads;

    private StaffDirectory(IReadOnlyList<DirectoryUser> users, IReadOnlyDictionary<int, int?> unitHeads)
    {
        _users = users;
        _unitHeads = unitHeads;
    }

    public IReadOnlyList<DirectoryUser> Users => _users;

    public static async Task<StaffDirectory> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.DisplayName, u.StaffId, u.UnitId }).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .AsNoTracking().ToListAsync(ct);
        var byUser = roles.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(r => r.Name!).ToHashSet());
        var heads = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.HeadStaffId, ct);
        return new StaffDirectory(
            [.. users.Select(u => new DirectoryUser(u.Id, u.DisplayName, u.StaffId, u.UnitId, byUser.GetValueOrDefault(u.Id) ?? new HashSet<string>()))],
            heads);
    }

    public IEnumerable<DirectoryUser> InRole(string role) => _users.Where(u => u.Roles.Contains(role));

    /// <summary>The handler(s) of a case: the assigned staff member's account, else every handler of the lead unit.</summary>
    public IEnumerable<DirectoryUser> HandlersOf(int? handlerStaffId, int? leadUnitId, int? respondentStaffId)
    {
        var assigned = handlerStaffId is null ? [] : _users.Where(u => u.StaffId == handlerStaffId).ToList();
        var handlers = assigned.Count > 0 ? assigned
            : leadUnitId is null ? []
            : InRole(AppRoles.Handler).Where(u => u.UnitId == leadUnitId).ToList();
        return handlers.Where(u => u.StaffId is null || u.StaffId != respondentStaffId);
    }

    public IEnumerable<DirectoryUser> HeadOf(int? unitId, int? respondentStaffId) =>
        unitId is { } id && _unitHeads.GetValueOrDefault(id) is { } head && head != respondentStaffId
            ? _users.Where(u => u.StaffId == head)
            : [];
}
