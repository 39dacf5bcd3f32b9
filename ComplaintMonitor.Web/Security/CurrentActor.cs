using ComplaintMonitor.Domain.Organisation;
using Microsoft.AspNetCore.Components.Authorization;

namespace ComplaintMonitor.Web.Security;

/// <summary>The signed-in user of this circuit or request as a domain <see cref="Actor"/>. Scoped.</summary>
public sealed class CurrentActor(AuthenticationStateProvider authentication)
{
    public async Task<Actor?> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return ActorFactory.FromPrincipal(state.User);
    }

    /// <summary>For pages behind <c>[Authorize]</c>: a signed-in user without a role is a configuration error, not a state to render.</summary>
    public async Task<Actor> RequireAsync() =>
        await GetAsync() ?? throw new UnauthorizedAccessException("需要登录");
}
