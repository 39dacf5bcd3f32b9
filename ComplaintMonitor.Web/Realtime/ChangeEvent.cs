namespace ComplaintMonitor.Web.Realtime;

/// <summary>Something that changed and was committed; published after the transaction, never before (a push is a hint, the database is the truth).</summary>
public abstract record ChangeEvent;

/// <summary>A notification was stored for a user (toast, unread count, notification centre).</summary>
public sealed record NotificationCreated(string UserId, long NotificationId, string Kind, string Title, long? ComplaintId, string? CaseNumber, string? Link = null) : ChangeEvent;

/// <summary>A deadline of a case reached a warning level (黄灯/红灯/升级).</summary>
public sealed record DeadlineAlerted(long ComplaintId, string CaseNumber, string DeadlineKind, string Level, int? LeadUnitId) : ChangeEvent;

/// <summary>
/// A case changed state (or was registered). Carries routing facts only — never the complainant's identity — so it can
/// go to every client allowed to see the case.
/// </summary>
public sealed record ComplaintChanged(
    long ComplaintId, string CaseNumber, string Action, string? FromStatus, string ToStatus, int Version, DateTimeOffset At,
    int? LeadUnitId, int? HandlerStaffId, int? RespondentStaffId, int? RespondentWindowId, string ActorId = "") : ChangeEvent;

/// <summary>
/// A 好差评 rating was received, or its appeal decided (<paramref name="Excluded"/> then says whether it left the rates).
/// Routing facts and the level only — never the rater's identity or comment.
/// </summary>
public sealed record EvaluationReceived(
    long EvaluationId, int Level, string Channel, int UnitId, int WindowId, int? StaffId, long? ComplaintId, bool Excluded, DateTimeOffset At) : ChangeEvent;

/// <summary>This circuit's browser reconnected: whatever it shows may be stale, reload it.</summary>
public sealed record Reconnected : ChangeEvent;
