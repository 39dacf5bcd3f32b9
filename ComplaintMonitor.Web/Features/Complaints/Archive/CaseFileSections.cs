using ComplaintMonitor.Domain.Complaints;

namespace ComplaintMonitor.Web.Features.Complaints.Archive;

/// <summary>The parts of a printed case file and which history rows each one is built from.</summary>
public enum CaseFileSection
{
    /// <summary>转办单: every referral (交办) with its lead unit, co-units, handler, due date and instructions.</summary>
    Referral,
    /// <summary>调查记录: investigation, findings and measures, on-the-spot handling, extensions.</summary>
    Investigation,
    /// <summary>答复.</summary>
    Reply,
    /// <summary>回访: return visits, reopenings and re-checks.</summary>
    Visit,
    /// <summary>受理、不予受理、补正、撤回、办结与归档.</summary>
    Decision,
}

public static class CaseFileSections
{
    public static IReadOnlyList<HistoryEntry> EntriesFor(Complaint complaint, CaseFileSection section)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ComplaintAction[] actions = section switch
        {
            CaseFileSection.Referral => [ComplaintAction.Assign],
            CaseFileSection.Investigation =>
            [
                ComplaintAction.StartInvestigation, ComplaintAction.RecordHandling, ComplaintAction.ResolveOnSite,
                ComplaintAction.RequestExtension, ComplaintAction.ApproveExtension, ComplaintAction.RefuseExtension,
            ],
            CaseFileSection.Reply => [ComplaintAction.Reply],
            CaseFileSection.Visit => [ComplaintAction.ReturnVisit, ComplaintAction.Reopen, ComplaintAction.Review],
            _ =>
            [
                ComplaintAction.Accept, ComplaintAction.Reject, ComplaintAction.RequestInfo, ComplaintAction.SupplyInfo,
                ComplaintAction.Withdraw, ComplaintAction.Close, ComplaintAction.Archive,
            ],
        };
        var names = actions.Select(a => a.ToString()).ToHashSet(StringComparer.Ordinal);
        return [.. complaint.History.Where(h => names.Contains(h.Action)).OrderBy(h => h.At).ThenBy(h => h.Id)];
    }
}
