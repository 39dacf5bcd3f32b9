using System.Globalization;
using System.Security.Claims;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ComplaintMonitor.Web.Features.Account;

/// <summary>Adds the user's display name and place in the organisation (<see cref="AppClaims"/>) to the sign-in principal, beside name, id and roles.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        AddNumber(identity, AppClaims.StaffId, user.StaffId);
        AddNumber(identity, AppClaims.UnitId, user.UnitId);
        AddNumber(identity, AppClaims.WindowId, user.WindowId);
        return identity;
    }

    private static void AddNumber(ClaimsIdentity identity, string type, int? value)
    {
        if (value is { } v)
        {
            identity.AddClaim(new Claim(type, v.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer32));
        }
    }
}
