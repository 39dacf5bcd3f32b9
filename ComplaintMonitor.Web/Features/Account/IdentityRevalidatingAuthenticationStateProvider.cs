using System.Security.Claims;
using ComplaintMonitor.Web.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ComplaintMonitor.Web.Features.Account;

/// <summary>
/// A circuit outlives the request that opened it, so every few minutes the user is checked again: a deleted account, or
/// one whose security stamp changed (password change or reset, role change, lock by an administrator), loses the circuit.
/// A lockout by failed sign-ins alone does not end open sessions: otherwise anyone could sign a user out by guessing.
/// </summary>
public sealed class IdentityRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory, IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override TimeSpan RevalidationInterval => Interval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await IsStillValidAsync(users, authenticationState.User, options.Value);
    }

    internal static async Task<bool> IsStillValidAsync(UserManager<AppUser> users, ClaimsPrincipal principal, IdentityOptions options)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return false;
        }
        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }
        var principalStamp = principal.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType);
        return principalStamp == await users.GetSecurityStampAsync(user);
    }
}
