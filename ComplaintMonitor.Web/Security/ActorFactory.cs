using System.Globalization;
using System.Security.Claims;
using ComplaintMonitor.Domain.Organisation;

namespace ComplaintMonitor.Web.Security;

/// <summary>Turns a signed-in principal into the domain's <see cref="Actor"/>; null for anonymous or role-less users.</summary>
public static class ActorFactory
{
    // A user with several roles acts with the strongest one for workflow purposes.
    private static readonly UserRole[] Precedence = [UserRole.Supervisor, UserRole.Leader, UserRole.Handler, UserRole.Admin];

    public static Actor? FromPrincipal(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }
        var role = Precedence.Cast<UserRole?>().FirstOrDefault(r => user.IsInRole(r!.Value.ToString()));
        if (role is null)
        {
            return null;
        }
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity.Name ?? "";
        var name = user.FindFirstValue(AppClaims.DisplayName) ?? user.Identity.Name ?? id;
        return new Actor(id, name, role.Value, Int(user, AppClaims.StaffId), Int(user, AppClaims.UnitId), Int(user, AppClaims.WindowId));
    }

    private static int? Int(ClaimsPrincipal user, string type) =>
        int.TryParse(user.FindFirstValue(type), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}
