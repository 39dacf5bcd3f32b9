using Microsoft.AspNetCore.Identity;

namespace ComplaintMonitor.Web.Data;

/// <summary>A sign-in account. Handlers are bound to a staff record and so to a unit and window.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? StaffId { get; set; }
    public int? UnitId { get; set; }
    public int? WindowId { get; set; }
}
