namespace ComplaintMonitor.Domain.Organisation;

/// <summary>Who performs an action. A handler is bound to a unit (and usually a window and a staff record).</summary>
public sealed record Actor(string UserId, string DisplayName, UserRole Role, int? StaffId = null, int? UnitId = null, int? WindowId = null)
{
    public static Actor System { get; } = new("system", "系统", UserRole.Admin);
}
