using ComplaintMonitor.Web.Notifications;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.SignalR;

namespace ComplaintMonitor.Web.Realtime;

/// <summary>
/// Forwards committed changes from the <see cref="ChangeFeed"/> to hub clients, each only to those who may see it:
/// leaders and supervisors see every case; a handler sees the cases of their lead unit or assigned to them, never one
/// in which they are the respondent; a notification goes to its one user.
/// </summary>
public sealed class HubRelay(ChangeFeed feed, IHubContext<ComplaintHub, IComplaintClient> hub, StaffDirectoryCache directory) : IHostedService
{
    private static readonly string[] Overseers = [ComplaintHub.RoleGroup(AppRoles.Leader), ComplaintHub.RoleGroup(AppRoles.Supervisor)];

    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = feed.Subscribe(RelayAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    private async Task RelayAsync(ChangeEvent change)
    {
        switch (change)
        {
            case NotificationCreated n:
                await hub.Clients.User(n.UserId).NotificationReceived(new NotificationMessage(n.NotificationId, n.Kind, n.Title, n.ComplaintId, n.CaseNumber, n.Link));
                break;
            case ComplaintChanged c:
                var message = new ComplaintChangedMessage(c.ComplaintId, c.CaseNumber, c.Action, c.FromStatus, c.ToStatus, c.Version, c.At);
                await hub.Clients.Groups(Overseers).ComplaintChanged(message);
                var handlers = await HandlersAsync(c.HandlerStaffId, c.LeadUnitId, c.RespondentStaffId);
                if (handlers.Count > 0)
                {
                    await hub.Clients.Users(handlers).ComplaintChanged(message);
                }
                break;
            case DeadlineAlerted a:
                await hub.Clients.Groups(Overseers).DeadlineAlerted(new DeadlineAlertedMessage(a.ComplaintId, a.CaseNumber, a.DeadlineKind, a.Level));
                break;
        }
    }

    /// <summary>The accounts allowed to follow a case as its handlers.</summary>
    private async Task<IReadOnlyList<string>> HandlersAsync(int? handlerStaffId, int? leadUnitId, int? respondentStaffId) =>
        leadUnitId is null && handlerStaffId is null
            ? []
            : [.. (await directory.GetAsync()).HandlersOf(handlerStaffId, leadUnitId, respondentStaffId).Select(u => u.UserId)];
}
