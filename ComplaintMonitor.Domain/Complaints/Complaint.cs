using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Organisation;

namespace ComplaintMonitor.Domain.Complaints;

/// <summary>
/// The complaint aggregate. It is created by <see cref="Register"/> and changed only by <see cref="Apply"/>, which
/// consults <see cref="ComplaintWorkflow"/>, checks who may act (<c>Complaint.Permissions.cs</c>), runs the action
/// (<c>Complaint.Actions.cs</c>) and appends one history row. Illegal moves throw; nothing is silently ignored.
/// </summary>
public sealed partial class Complaint
{
    private static readonly JsonSerializerOptions PayloadJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly List<Deadline> _deadlines = [];
    private readonly List<ExtensionRequest> _extensions = [];
    private readonly List<HistoryEntry> _history = [];

    private Complaint() { }

    public long Id { get; private set; }

    /// <summary>受理编号: unique and never changed, e.g. TS202611280001.</summary>
    public string CaseNumber { get; private set; } = "";

    public Channel Channel { get; private set; }
    public ComplaintForm Form { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public string RegisteredBy { get; private set; } = "";
    public Complainant Complainant { get; private set; } = Complainant.AnonymousPerson;
    public bool RecordConfirmedByComplainant { get; private set; }
    public RespondentType RespondentType { get; private set; }
    public int? RespondentUnitId { get; private set; }
    public int? RespondentWindowId { get; private set; }
    public int? RespondentStaffId { get; private set; }
    public ComplaintCategory Category { get; private set; }
    public string Content { get; private set; } = "";
    public string? RemedySought { get; private set; }
    public Complexity Complexity { get; private set; }
    public bool HotlineTransfer { get; private set; }
    public bool Serious { get; private set; }
    public string? LinkedServiceCaseNumber { get; private set; }
    public long? SourceEvaluationId { get; private set; }

    public ComplaintStatus Status { get; private set; }
    public DeadlineRule? DeadlineRule { get; private set; }

    public int? LeadUnitId { get; private set; }
    public List<int> CoUnitIds { get; private set; } = [];
    public int? HandlerStaffId { get; private set; }
    public DateOnly? OrderDueOn { get; private set; }

    public List<RejectionReason> RejectionReasons { get; private set; } = [];
    public string? RejectionNotice { get; private set; }

    public Finding? Finding { get; private set; }
    public string? InvestigationNotes { get; private set; }
    public string? Measures { get; private set; }
    public string? Responsibility { get; private set; }

    /// <summary>差评 cases: 立行立改 / 台账限期整改 / 解释说明.</summary>
    public RectificationMode? Rectification { get; private set; }

    public string? ReplyText { get; private set; }
    public bool ReplyWritten { get; private set; }
    public DateTimeOffset? RepliedAt { get; private set; }

    public VisitResult? VisitResult { get; private set; }
    public VisitMethod? VisitMethod { get; private set; }
    public string? VisitNotes { get; private set; }
    public DateTimeOffset? VisitedAt { get; private set; }

    public int ReopenCount { get; private set; }
    public bool EscalatedToLeadership { get; private set; }
    public string? ReviewDecision { get; private set; }

    /// <summary>回头看: null until decided after closure; then whether this case is checked again.</summary>
    public bool? LookBackSelected { get; private set; }
    public LookBackOutcome? LookBackOutcome { get; private set; }
    public string? LookBackNotes { get; private set; }
    public DateTimeOffset? LookBackAt { get; private set; }

    public string? WithdrawReason { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public DateTimeOffset? ArchivedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency token: bumped by every change, so a stale writer is refused.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<Deadline> Deadlines => _deadlines;
    public IReadOnlyList<ExtensionRequest> Extensions => _extensions;

    /// <summary>The history rows added to this instance (all of them for a new case; on a loaded case, only the new ones unless loaded).</summary>
    public IReadOnlyList<HistoryEntry> History => _history;

    public bool IsReadOnly => Status == ComplaintStatus.Archived;

    public static Complaint Register(NewComplaint input, string caseNumber, Actor actor, DateTimeOffset now, WorkflowContext context)
    {
        if (string.IsNullOrWhiteSpace(caseNumber))
        {
            throw new DomainException("缺少受理编号");
        }
        var errors = input.Validate(now);
        if (errors.Count > 0)
        {
            throw new DomainException(string.Join("；", errors));
        }
        var c = new Complaint
        {
            CaseNumber = caseNumber,
            Channel = input.Channel,
            Form = input.Form,
            ReceivedAt = input.ReceivedAt,
            RegisteredAt = now,
            RegisteredBy = actor.UserId,
            Complainant = Trim(input.Complainant),
            RecordConfirmedByComplainant = input.RecordConfirmedByComplainant,
            RespondentType = input.RespondentType,
            RespondentUnitId = input.RespondentUnitId,
            RespondentWindowId = input.RespondentWindowId,
            RespondentStaffId = input.RespondentStaffId,
            Category = input.Category,
            Content = input.Content.Trim(),
            RemedySought = input.RemedySought?.Trim(),
            Complexity = input.Complexity,
            HotlineTransfer = input.HotlineTransfer,
            Serious = input.Serious,
            LinkedServiceCaseNumber = input.LinkedServiceCaseNumber?.Trim(),
            SourceEvaluationId = input.SourceEvaluationId,
            Status = ComplaintStatus.Registered,
            UpdatedAt = now,
        };
        var policy = context.Policy;
        var receivedOn = ChinaTime.DateOf(input.ReceivedAt);
        if (c.IsBadRatingCase)
        {
            // a 差评 case must be contacted within 1 WD and rectified within 5 WD of the rating.
            c.StartDeadline(DeadlineKind.AcceptBy, receivedOn, policy.BadRatingFirstContactWorkingDays, context);
            c.StartDeadline(DeadlineKind.RectifyBy, receivedOn, policy.BadRatingRectifyWorkingDays, context);
        }
        else
        {
            c.StartDeadline(DeadlineKind.AcceptBy, receivedOn, policy.AcceptWorkingDays, context);
        }
        c._history.Add(new HistoryEntry(now, actor, "Register", null, ComplaintStatus.Registered, Serialize(input with { Complainant = Complainant.AnonymousPerson })));
        return c;
    }

    public bool IsBadRatingCase => SourceEvaluationId is not null;

    public Deadline? OpenDeadline(DeadlineKind kind) => _deadlines.FirstOrDefault(d => d.Kind == kind && d.IsOpen);

    /// <summary>The open deadline the case is being handled against: reply-by, or rectify-by for a 差评 case.</summary>
    public Deadline? HandlingDeadline => OpenDeadline(DeadlineKind.ReplyBy) ?? OpenDeadline(DeadlineKind.RectifyBy);

    public ExtensionRequest? PendingExtension => _extensions.FirstOrDefault(e => e.Status == ExtensionStatus.Pending);

    public int ApprovedExtensions => _extensions.Count(e => e.Status == ExtensionStatus.Approved);

    /// <summary>The single entry point for every change after registration. Returns the history row it wrote.</summary>
    public HistoryEntry Apply(ComplaintCommand command, Actor actor, DateTimeOffset now, WorkflowContext context)
    {
        ArgumentNullException.ThrowIfNull(command);
        var from = Status;
        var to = ComplaintWorkflow.Next(from, command.Action);
        if (PermissionProblem(command.Action, actor, context) is { } denied)
        {
            throw new NotPermittedException(denied);
        }
        if (GuardProblem(command.Action, now, context) is { } blocked)
        {
            throw new DomainException(blocked);
        }
        var wasEscalated = EscalatedToLeadership;
        Execute(command, actor, now, context);
        Status = to;
        UpdatedAt = now;
        Version++;
        var entry = new HistoryEntry(now, actor, command.Action.ToString(), from, to, Serialize(command));
        _history.Add(entry);
        if (to == ComplaintStatus.Closed && LookBackSelected is null)
        {
            DecideLookBack(now, context);
        }
        if (EscalatedToLeadership && !wasEscalated)
        {
            _history.Add(new HistoryEntry(now, Actor.System, "Escalate", to, to, Serialize(new { ReopenCount, Reason = "重办后仍不满意，升级至中心领导" })));
        }
        return entry;
    }

    /// <summary>What this user may do to the case now: the table's actions for the state, narrowed by role, unit, 回避 and the case's guards.</summary>
    public IReadOnlyList<ComplaintAction> AllowedActions(Actor actor, DateTimeOffset now, WorkflowContext context) =>
        [.. ComplaintWorkflow.ActionsFrom(Status)
            .Where(a => PermissionProblem(a, actor, context) is null && GuardProblem(a, now, context) is null)];

    /// <summary>Recomputes open provisional deadlines after a calendar import; returns how many moved.</summary>
    public int RecomputeProvisionalDeadlines(WorkflowContext context, DateTimeOffset now)
    {
        var moved = 0;
        foreach (var d in _deadlines.Where(d => d.IsOpen && d.Provisional))
        {
            var before = d.DueOn;
            if (d.Recompute(context.Calendar, context.Policy) != before)
            {
                moved++;
                _history.Add(new HistoryEntry(now, Actor.System, "DeadlineRecomputed", Status, Status,
                    Serialize(new { d.Kind, From = before, To = d.DueOn, d.Provisional })));
            }
        }
        if (moved > 0)
        {
            Version++;
            UpdatedAt = now;
        }
        return moved;
    }

    private void StartDeadline(DeadlineKind kind, DateOnly startedOn, int workingDays, WorkflowContext context) =>
        _deadlines.Add(new Deadline(kind, (CaseNumber, ReceivedAt), startedOn, workingDays, context.Calendar, context.Policy));

    private void CompleteDeadline(DeadlineKind kind, DateTimeOffset now) => OpenDeadline(kind)?.Complete(now);

    private void CompleteAllDeadlines(DateTimeOffset now)
    {
        foreach (var d in _deadlines.Where(d => d.IsOpen))
        {
            d.Complete(now);
        }
    }

    private static Complainant Trim(Complainant p) => p.Anonymous
        ? Complainant.AnonymousPerson
        : new Complainant(p.Name?.Trim(), p.Phone?.Trim(), p.IdNumber?.Trim().ToUpperInvariant(), p.Address?.Trim(), false);

    // The complainant's identity never goes into the history payload: the history is shown more widely than the identity.
    private static string Serialize(object payload) => JsonSerializer.Serialize(payload, payload.GetType(), PayloadJson);
}
