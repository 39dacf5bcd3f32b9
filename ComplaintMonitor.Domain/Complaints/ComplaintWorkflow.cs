using ComplaintMonitor.Domain.Organisation;
using static ComplaintMonitor.Domain.Complaints.ComplaintAction;
using static ComplaintMonitor.Domain.Complaints.ComplaintStatus;

namespace ComplaintMonitor.Domain.Complaints;

/// <summary>
/// THE transition table (R-4…R-9): every legal (state, action) pair and where it leads. Anything not listed is illegal.
/// Guards that depend on the case's facts (a dissatisfied visit, a pending extension …) live in <see cref="Complaint"/>.
/// </summary>
public static class ComplaintWorkflow
{
    public static IReadOnlyDictionary<(ComplaintStatus From, ComplaintAction Action), ComplaintStatus> Transitions { get; } =
        new Dictionary<(ComplaintStatus, ComplaintAction), ComplaintStatus>
        {
            [(Registered, Accept)] = Accepted,
            [(Registered, Reject)] = Rejected,
            [(Registered, RequestInfo)] = NeedInfo,
            [(Registered, Withdraw)] = Withdrawn,

            [(NeedInfo, SupplyInfo)] = Registered,
            [(NeedInfo, Reject)] = Rejected,
            [(NeedInfo, Withdraw)] = Withdrawn,

            [(Accepted, ResolveOnSite)] = ResolvedOnSite,
            [(Accepted, Assign)] = Assigned,
            [(Accepted, Withdraw)] = Withdrawn,

            // an on-site resolution skips referral and investigation but still needs a reply record.
            [(ResolvedOnSite, Reply)] = Replied,

            [(Assigned, Assign)] = Assigned,
            [(Assigned, StartInvestigation)] = Investigating,
            [(Assigned, Withdraw)] = Withdrawn,
            [(Assigned, RequestExtension)] = Assigned,
            [(Assigned, ApproveExtension)] = Assigned,
            [(Assigned, RefuseExtension)] = Assigned,

            [(Investigating, Assign)] = Assigned,
            [(Investigating, RecordHandling)] = Handled,
            [(Investigating, Withdraw)] = Withdrawn,
            [(Investigating, RequestExtension)] = Investigating,
            [(Investigating, ApproveExtension)] = Investigating,
            [(Investigating, RefuseExtension)] = Investigating,

            [(Handled, Reply)] = Replied,
            [(Handled, RequestExtension)] = Handled,
            [(Handled, ApproveExtension)] = Handled,
            [(Handled, RefuseExtension)] = Handled,

            [(Replied, ReturnVisit)] = Visited,

            // 不满意 either reopens (重办) or gets a supervisor's 复核 decision; closing needs one of the two.
            [(Visited, Reopen)] = Reopened,
            [(Visited, Review)] = Visited,
            [(Visited, Close)] = Closed,

            [(Reopened, StartInvestigation)] = Investigating,
            [(Reopened, Assign)] = Assigned,
            [(Reopened, RequestExtension)] = Reopened,
            [(Reopened, ApproveExtension)] = Reopened,
            [(Reopened, RefuseExtension)] = Reopened,

            // 回头看: an upheld or sampled closed case is checked again before it may be archived.
            [(Closed, RecordLookBack)] = Closed,
            [(Closed, Archive)] = Archived,
            [(Rejected, Archive)] = Archived,
            [(Withdrawn, Archive)] = Archived,
        };

    /// <summary>Who may perform an action at all; the case's own guards (handler's unit, 回避, escalation) narrow it further.</summary>
    public static IReadOnlyDictionary<ComplaintAction, UserRole[]> Roles { get; } = new Dictionary<ComplaintAction, UserRole[]>
    {
        [Accept] = [UserRole.Supervisor],
        [Reject] = [UserRole.Supervisor],
        [RequestInfo] = [UserRole.Supervisor],
        [SupplyInfo] = [UserRole.Supervisor],
        [ResolveOnSite] = [UserRole.Supervisor],
        [Assign] = [UserRole.Supervisor],
        [StartInvestigation] = [UserRole.Supervisor, UserRole.Handler],
        [RecordHandling] = [UserRole.Supervisor, UserRole.Handler],
        [Reply] = [UserRole.Supervisor, UserRole.Handler],
        [ReturnVisit] = [UserRole.Supervisor],
        [Reopen] = [UserRole.Supervisor, UserRole.Leader],
        [Review] = [UserRole.Supervisor, UserRole.Leader],
        [Close] = [UserRole.Supervisor],
        [Archive] = [UserRole.Supervisor],
        [Withdraw] = [UserRole.Supervisor],
        [RequestExtension] = [UserRole.Supervisor, UserRole.Handler],
        [ApproveExtension] = [UserRole.Supervisor, UserRole.Leader],
        [RefuseExtension] = [UserRole.Supervisor, UserRole.Leader],
        [RecordLookBack] = [UserRole.Supervisor],
    };

    public static bool IsLegal(ComplaintStatus from, ComplaintAction action) => Transitions.ContainsKey((from, action));

    public static ComplaintStatus Next(ComplaintStatus from, ComplaintAction action) =>
        Transitions.TryGetValue((from, action), out var to) ? to : throw new InvalidTransitionException(from, action);

    /// <summary>Actions the table allows from a state, before role and case guards.</summary>
    public static IReadOnlyList<ComplaintAction> ActionsFrom(ComplaintStatus from) =>
        [.. Transitions.Keys.Where(k => k.From == from).Select(k => k.Action)];

    /// <summary>States in which the case is finished for the clock and the dashboards.</summary>
    public static bool IsTerminal(ComplaintStatus status) => status is Closed or Rejected or Withdrawn or Archived;
}
