using ComplaintMonitor.Web.Features.Evaluations.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace ComplaintMonitor.Web.Security;

/// <summary>
/// Authorization policies, checked on the server for every page and endpoint (<c>[Authorize(Policy = …)]</c>), not only
/// by hiding links. The complaint workflow's own per-case checks stay in the domain (<c>Complaint.PermissionProblem</c>).
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in staff member: leaders, supervisors, handlers, admins.</summary>
    public const string Staff = "staff";

    /// <summary>Work with complaints: the register and alerts (督查 all cases, 领导 read, 承办 their own unit's cases). Not admins.</summary>
    public const string Casework = "casework";

    /// <summary>Register and triage complaints (督查).</summary>
    public const string Triage = "triage";

    /// <summary>See complainant identity unmasked, after an explicit logged "show" .</summary>
    public const string RevealIdentity = "reveal-identity";

    /// <summary>Statistics, reports and the wall dashboard.</summary>
    public const string Oversight = "oversight";

    /// <summary>Organisation, users, policy, calendar, jobs.</summary>
    public const string Administration = "administration";

    /// <summary>
    /// The hub: any signed-in staff member, by the sign-in cookie (browsers) or a bearer token from <c>/account/token</c>
    /// (other clients).
    /// </summary>
    public const string HubClients = "hub-clients";

    /// <summary>The rating API (<c>/api/v1</c>): a rating device's API key, and nothing else (no cookie, no login redirect).</summary>
    public const string RatingApi = "rating-api";

    public static AuthorizationBuilder AddAppPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Staff, p => p.RequireRole(AppRoles.All))
        .AddPolicy(HubClients, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, IdentityConstants.BearerScheme).RequireRole(AppRoles.All))
        .AddPolicy(Casework, p => p.RequireRole(AppRoles.Leader, AppRoles.Supervisor, AppRoles.Handler))
        .AddPolicy(Triage, p => p.RequireRole(AppRoles.Supervisor))
        .AddPolicy(RevealIdentity, p => p.RequireRole(AppRoles.Supervisor, AppRoles.Leader))
        .AddPolicy(Oversight, p => p.RequireRole(AppRoles.Leader, AppRoles.Supervisor, AppRoles.Admin))
        .AddPolicy(Administration, p => p.RequireRole(AppRoles.Admin))
        .AddPolicy(RatingApi, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser());
}
