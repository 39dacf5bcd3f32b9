using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Web.Features.Complaints.Actions;

/// <summary>
/// The fields of one action's dialog, i.e. of its command record. <see cref="Problems"/> checks only what a form can
/// see (required fields, the 交办单 date against the case's current due date); every rule about the case stays in the
/// domain, whose refusal the dialog shows as it is.
/// </summary>
public sealed class ActionForm
{
    public ActionForm(ComplaintAction action) => Action = action;

    public ComplaintAction Action { get; }

    /// <summary>The action's one free text: what is missing, what was supplied, the reply, a reason or a decision.</summary>
    public string? Text { get; set; }

    /// <summary>An optional remark (受理, 开始调查, 办结, 归档, 批准延期).</summary>
    public string? Note { get; set; }

    public IReadOnlyCollection<RejectionReason> Reasons { get; set; } = [];
    public Finding? Finding { get; set; }
    public string? InvestigationNotes { get; set; }
    public string? Measures { get; set; }
    public string? Responsibility { get; set; }
    public int? LeadUnitId { get; set; }
    public IReadOnlyCollection<int> CoUnitIds { get; set; } = [];
    public int? HandlerStaffId { get; set; }
    public DateTime? OrderDueOn { get; set; }
    public string? Instructions { get; set; }
    public bool Written { get; set; }
    public VisitResult? VisitResult { get; set; }
    public VisitMethod? VisitMethod { get; set; }
    public int? WorkingDays { get; set; }
    public LookBackOutcome? LookBackOutcome { get; set; }

    /// <summary>立行立改 / 台账限期整改 / 解释说明: asked (and required) when handling a 差评 case .</summary>
    public RectificationMode? Rectification { get; set; }

    /// <summary>The case is a 差评 case, so its handling result must say how it was put right.</summary>
    public bool RectificationRequired { get; private set; }

    /// <summary>The case's current handling due date; a 交办单 may not be due later .</summary>
    public DateOnly? CaseDueOn { get; private set; }

    /// <summary>Written complaints need a written reply, so the choice is fixed.</summary>
    public bool WrittenFixed { get; private set; }

    /// <summary>A form with the defaults the case suggests: the respondent's unit as lead unit, a written reply for a written complaint …</summary>
    public static ActionForm For(ComplaintAction action, Complaint complaint, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(policy);
        var form = new ActionForm(action) { CaseDueOn = complaint.HandlingDeadline?.DueOn, RectificationRequired = complaint.IsBadRatingCase };
        switch (action)
        {
            case ComplaintAction.Assign:
                form.LeadUnitId = complaint.LeadUnitId ?? complaint.RespondentUnitId;
                form.CoUnitIds = [.. complaint.CoUnitIds];
                form.HandlerStaffId = complaint.HandlerStaffId;
                break;
            case ComplaintAction.Reply:
                form.WrittenFixed = complaint.Form == ComplaintForm.Written;
                form.Written = form.WrittenFixed;
                break;
            case ComplaintAction.ReturnVisit:
                form.VisitMethod = Domain.Complaints.VisitMethod.Phone;
                form.VisitResult = complaint.Complainant.Anonymous ? Domain.Complaints.VisitResult.NotVisitedAnonymous : null;
                break;
            case ComplaintAction.RequestExtension:
                form.WorkingDays = policy.ExtensionWorkingDays;
                break;
        }
        return form;
    }

    /// <summary>Whether the action's dialog has the free-text field, and whether it must be filled.</summary>
    public static bool HasText(ComplaintAction action) => action is ComplaintAction.RequestInfo or ComplaintAction.SupplyInfo
        or ComplaintAction.Reject or ComplaintAction.Reply or ComplaintAction.Reopen or ComplaintAction.Review
        or ComplaintAction.Withdraw or ComplaintAction.RequestExtension or ComplaintAction.RefuseExtension or ComplaintAction.RecordLookBack;

    public static bool HasNote(ComplaintAction action) => action is ComplaintAction.Accept or ComplaintAction.StartInvestigation
        or ComplaintAction.Close or ComplaintAction.Archive or ComplaintAction.ApproveExtension;

    /// <summary>The field problems, by field name, in the user's language; empty when the command can be sent.</summary>
    public IReadOnlyDictionary<string, string> Problems(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        var problems = new Dictionary<string, string>();
        void Fill(string field, string? value, string label)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems[field] = l["Validation.Fill", l[label]];
            }
        }
        void Choose(string field, bool chosen, string label)
        {
            if (!chosen)
            {
                problems[field] = l["Validation.Choose", l[label]];
            }
        }
        if (HasText(Action))
        {
            Fill(nameof(Text), Text, TextLabel(Action));
        }
        switch (Action)
        {
            case ComplaintAction.Reject:
                Choose(nameof(Reasons), Reasons.Count > 0, "ActionField.Reasons");
                break;
            case ComplaintAction.ResolveOnSite:
                Choose(nameof(Finding), Finding is not null, "ActionField.Finding");
                Fill(nameof(Measures), Measures, "ActionField.OnSiteMeasures");
                break;
            case ComplaintAction.RecordHandling:
                Choose(nameof(Finding), Finding is not null, "ActionField.Finding");
                Fill(nameof(InvestigationNotes), InvestigationNotes, "ActionField.InvestigationNotes");
                Fill(nameof(Measures), Measures, "ActionField.Measures");
                if (RectificationRequired)
                {
                    Choose(nameof(Rectification), Rectification is not null, "ActionField.Rectification");
                }
                break;
            case ComplaintAction.Assign:
                Choose(nameof(LeadUnitId), LeadUnitId is not null, "ActionField.LeadUnit");
                if (LeadUnitId is { } lead && CoUnitIds.Contains(lead))
                {
                    problems[nameof(CoUnitIds)] = l["Validation.LeadNotCoUnit"];
                }
                // Co-units can lengthen the case's limit, which the domain recomputes and checks; without them the current date holds.
                if (OrderDueOn is { } due && CaseDueOn is { } limit && CoUnitIds.Count == 0 && DateOnly.FromDateTime(due) > limit)
                {
                    problems[nameof(OrderDueOn)] = l["Validation.OrderDueTooLate", limit.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)];
                }
                break;
            case ComplaintAction.ReturnVisit:
                Choose(nameof(VisitResult), VisitResult is not null, "ActionField.VisitResult");
                Choose(nameof(VisitMethod), VisitMethod is not null, "ActionField.VisitMethod");
                if (VisitResult is Domain.Complaints.VisitResult.NotVisitedAnonymous or Domain.Complaints.VisitResult.NotVisitedUnreachable)
                {
                    Fill(nameof(Note), Note, "ActionField.VisitNotes");
                }
                break;
            case ComplaintAction.RecordLookBack:
                Choose(nameof(LookBackOutcome), LookBackOutcome is not null, "ActionField.LookBackOutcome");
                break;
            case ComplaintAction.RequestExtension:
                if (WorkingDays is not (>= 1 and <= 30))
                {
                    problems[nameof(WorkingDays)] = l["Validation.ExtensionDays"];
                }
                break;
        }
        return problems;
    }

    /// <summary>The command record the dialog sends. Call only when <see cref="Problems"/> is empty.</summary>
    public ComplaintCommand ToCommand() => Action switch
    {
        ComplaintAction.Accept => new AcceptCommand(Trim(Note)),
        ComplaintAction.Reject => new RejectCommand([.. Reasons], Text!.Trim()),
        ComplaintAction.RequestInfo => new RequestInfoCommand(Text!.Trim()),
        ComplaintAction.SupplyInfo => new SupplyInfoCommand(Text!.Trim()),
        ComplaintAction.ResolveOnSite => new ResolveOnSiteCommand(Finding!.Value, Measures!.Trim(), Trim(Responsibility)),
        ComplaintAction.Assign => new AssignCommand(LeadUnitId!.Value, [.. CoUnitIds], HandlerStaffId,
            OrderDueOn is { } d ? DateOnly.FromDateTime(d) : null, Trim(Instructions)),
        ComplaintAction.StartInvestigation => new StartInvestigationCommand(Trim(Note)),
        ComplaintAction.RecordHandling => new RecordHandlingCommand(Finding!.Value, InvestigationNotes!.Trim(), Measures!.Trim(), Trim(Responsibility),
            RectificationRequired ? Rectification : null),
        ComplaintAction.Reply => new ReplyCommand(Text!.Trim(), Written || WrittenFixed),
        ComplaintAction.ReturnVisit => new ReturnVisitCommand(VisitResult!.Value, VisitMethod!.Value, Trim(Note)),
        ComplaintAction.Reopen => new ReopenCommand(Text!.Trim()),
        ComplaintAction.Review => new ReviewCommand(Text!.Trim()),
        ComplaintAction.Close => new CloseCommand(Trim(Note)),
        ComplaintAction.Archive => new ArchiveCommand(Trim(Note)),
        ComplaintAction.Withdraw => new WithdrawCommand(Text!.Trim()),
        ComplaintAction.RequestExtension => new RequestExtensionCommand(Text!.Trim(), WorkingDays),
        ComplaintAction.ApproveExtension => new ApproveExtensionCommand(Trim(Note)),
        ComplaintAction.RefuseExtension => new RefuseExtensionCommand(Text!.Trim()),
        ComplaintAction.RecordLookBack => new RecordLookBackCommand(LookBackOutcome!.Value, Text!.Trim()),
        _ => throw new ArgumentOutOfRangeException(nameof(Action), Action, null),
    };

    /// <summary>The resource key of the free-text field's label for an action.</summary>
    public static string TextLabel(ComplaintAction action) => $"ActionField.{action}.Text";

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
