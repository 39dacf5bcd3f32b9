using ComplaintMonitor.Domain.Organisation;

namespace ComplaintMonitor.Domain.Complaints;

public sealed partial class Complaint
{
    /// <summary>The history action written when someone looked at the unmasked complainant identity.</summary>
    public const string RevealIdentityAction = "RevealIdentity";

    /// <summary>
    /// every view of the unmasked identity is recorded in the case's history. The state, version and deadlines do
    /// not change, so a form opened before the reveal can still be submitted. Who may reveal at all is an authorization
    /// policy of the application; the case itself refuses its respondent (回避) and an anonymous complainant.
    /// </summary>
    public HistoryEntry RecordIdentityReveal(Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.StaffId is { } staff && staff == RespondentStaffId)
        {
            throw new NotPermittedException("您是本件的被投诉人，不能查看投诉人身份信息");
        }
        if (Complainant.Anonymous)
        {
            throw new DomainException("匿名投诉，没有可显示的投诉人信息");
        }
        var entry = new HistoryEntry(now, actor, RevealIdentityAction, Status, Status, "{}");
        _history.Add(entry);
        return entry;
    }
}
