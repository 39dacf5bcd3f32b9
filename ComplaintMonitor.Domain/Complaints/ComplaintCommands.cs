namespace ComplaintMonitor.Domain.Complaints;

// The payload of each action, one record per ComplaintAction. They are serialised into the history row as written,
// so a field added later must be optional.

public abstract record ComplaintCommand
{
    public abstract ComplaintAction Action { get; }
}

public sealed record AcceptCommand(string? Note = null) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.Accept;
}

/// <summary>不予受理: at least one reason code and the text of the 不予受理告知 sent to the complainant.</summary>
public sealed record RejectCommand(IReadOnlyList<RejectionReason> Reasons, string NoticeText) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.Reject;
}

public sealed record RequestInfoCommand(string WhatIsMissing) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.RequestInfo;
}

public sealed record SupplyInfoCommand(string WhatWasSupplied) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.SupplyInfo;
}

public sealed record ResolveOnSiteCommand(Finding Finding, string Measures, string? Responsibility = null) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.ResolveOnSite;
}

/// <summary>转办: exactly one lead unit (牵头单位, R-7), optional co-units, optional handler, and the 交办单 due date (at or before the case's reply-by).</summary>
public sealed record AssignCommand(int LeadUnitId, IReadOnlyList<int> CoUnitIds, int? HandlerStaffId = null, DateOnly? OrderDueOn = null, string? Instructions = null) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.Assign;
}

public sealed record StartInvestigationCommand(string? Note = null) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.StartInvestigation;
}

public sealed record RecordHandlingCommand(Finding Finding, string InvestigationNotes, string Measures, string? Responsibility = null, RectificationMode? Rectification = null) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.RecordHandling;
}

/// <summary>答复: written complaints need a written reply .</summary>
public sealed record ReplyCommand(string Text, bool Written) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.Reply;
}

/// <summary>回访: the complainant's verdict, or NotVisited* with the reason in <paramref name="Notes"/>.</summary>
public sealed record ReturnVisitCommand(VisitResult Result, VisitMethod Method, string? Notes = null) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.ReturnVisit;
}

public sealed record ReopenCommand(string Reason) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.Reopen;
}

/// <summary>复核: a supervisor's (or, once escalated, leadership's) reasoned decision that lets a dissatisfied case close.</summary>
public sealed record ReviewCommand(string Decision) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.Review;
}

public sealed record CloseCommand(string? Note = null) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.Close;
}

public sealed record ArchiveCommand(string? Note = null) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.Archive;
}

public sealed record WithdrawCommand(string Reason) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.Withdraw;
}

/// <summary>延期申请: only before the due date, with a reason; adds the policy's extension days unless told otherwise.</summary>
public sealed record RequestExtensionCommand(string Reason, int? WorkingDays = null) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.RequestExtension;
}

public sealed record ApproveExtensionCommand(string? Note = null) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.ApproveExtension;
}

/// <summary>回头看: did the rectification hold; what was found.</summary>
public sealed record RecordLookBackCommand(LookBackOutcome Outcome, string Notes) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.RecordLookBack;
}

public sealed record RefuseExtensionCommand(string Reason) : ComplaintCommand
{
    public override ComplaintAction Action => ComplaintAction.RefuseExtension;
}
