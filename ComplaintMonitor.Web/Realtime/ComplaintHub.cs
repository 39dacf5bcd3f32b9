using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ComplaintMonitor.Web.Realtime;

/// <summary>
/// The hub for clients outside the Blazor circuits (wall displays, future mobile and desktop clients). Signed-in staff
/// only (cookie, or a bearer token from /account/token); each connection joins the groups of its role so the relay can address leaders and supervisors at once,
/// while cases reach handlers user by user. Clients call nothing: the hub only pushes.
/// </summary>
[Authorize(Policy = Policies.HubClients)]
public sealed class ComplaintHub : Hub<IComplaintClient>
{
    public const string Path = "/hubs/complaints";

    public static string RoleGroup(string role) => $"role:{role}";

    public override async Task OnConnectedAsync()
    {
        foreach (var role in AppRoles.All.Where(Context.User!.IsInRole))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, RoleGroup(role));
        }
        await base.OnConnectedAsync();
    }
}
