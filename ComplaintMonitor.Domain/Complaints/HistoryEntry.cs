using ComplaintMonitor.Domain.Organisation;

namespace ComplaintMonitor.Domain.Complaints;

/// <summary>
/// One append-only row of a case's history: who did what, when, from which state to which, and the payload as
/// JSON. Written in the same transaction as the change; the database refuses updates and deletes.
/// </summary>
public sealed class HistoryEntry
{
    private HistoryEntry() { }

    public HistoryEntry(DateTimeOffset at, Actor actor, string action, ComplaintStatus? from, ComplaintStatus to, string payload)
    {
        At = at;
        ActorId = actor.UserId;
        ActorName = actor.DisplayName;
        ActorRole = actor.Role.ToString();
        Action = action;
        FromStatus = from;
        ToStatus = to;
        Payload = payload;
    }

    public long Id { get; private set; }
    public long ComplaintId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string ActorId { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    public string ActorRole { get; private set; } = "";

    /// <summary>A <see cref="ComplaintAction"/> name, or an event such as <c>Register</c>, <c>Escalate</c> or <c>DeadlineRecomputed</c>.</summary>
    public string Action { get; private set; } = "";

    public ComplaintStatus? FromStatus { get; private set; }
    public ComplaintStatus ToStatus { get; private set; }
    public string Payload { get; private set; } = "{}";
}
