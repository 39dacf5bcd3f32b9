namespace ComplaintMonitor.Web.Realtime;

/// <summary>
/// What the server pushes to clients of <c>/hubs/complaints</c> (JavaScript: <c>connection.on("ComplaintChanged", m => …)</c>;
/// .NET: <c>connection.On&lt;ComplaintChangedMessage&gt;("ComplaintChanged", …)</c>). A push is a hint to reload; the API and
/// pages are the truth.
/// </summary>
public interface IComplaintClient
{
    Task ComplaintChanged(ComplaintChangedMessage message);

    Task DeadlineAlerted(DeadlineAlertedMessage message);

    Task NotificationReceived(NotificationMessage message);
}

/// <summary>A case was registered or changed state. No personal data.</summary>
public sealed record ComplaintChangedMessage(long ComplaintId, string CaseNumber, string Action, string? FromStatus, string ToStatus, int Version, DateTimeOffset At);

/// <summary>A deadline of a case turned 黄灯 (Yellow), 红灯 (Red) or was escalated (Leadership).</summary>
public sealed record DeadlineAlertedMessage(long ComplaintId, string CaseNumber, string DeadlineKind, string Level);

/// <summary>A notification for the connected user (催办, 督办, 交办, digest …); the notification centre holds it too.</summary>
public sealed record NotificationMessage(long NotificationId, string Kind, string Title, long? ComplaintId, string? CaseNumber, string? Link = null);
