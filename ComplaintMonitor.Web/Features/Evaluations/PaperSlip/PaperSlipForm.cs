using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Web.Features.Evaluations.PaperSlip;

/// <summary>
/// 纸质评价卡 as typed in by a supervisor. The level starts empty (R-23: nobody pre-selects a rating); what the form can
/// see is checked here, everything else by the intake and the domain, whose refusal the page shows as it is.
/// </summary>
public sealed class PaperSlipForm
{
    public int? WindowId { get; set; }
    public int? StaffId { get; set; }
    public string? ServiceCaseNumber { get; set; }
    public EvaluationLevel? Level { get; set; }
    public string? Comment { get; set; }
    public DateTime? RatedOn { get; set; }
    public string? RaterName { get; set; }
    public string? RaterPhone { get; set; }

    public IReadOnlyDictionary<string, string> Problems(IStringLocalizer<SharedResource> l, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(l);
        var problems = new Dictionary<string, string>();
        if (WindowId is null)
        {
            problems[nameof(WindowId)] = l["Validation.Choose", l["Eval.Window"]];
        }
        if (string.IsNullOrWhiteSpace(ServiceCaseNumber))
        {
            problems[nameof(ServiceCaseNumber)] = l["Validation.Fill", l["Eval.ServiceCaseNumber"]];
        }
        if (Level is null)
        {
            problems[nameof(Level)] = l["Validation.Choose", l["Eval.Level"]];
        }
        if (RatedOn is null)
        {
            problems[nameof(RatedOn)] = l["Validation.Choose", l["Eval.RatedOn"]];
        }
        else if (DateOnly.FromDateTime(RatedOn.Value) > today)
        {
            problems[nameof(RatedOn)] = l["Slip.FutureDate"];
        }
        return problems;
    }

    /// <summary>The slip as the intake takes it; a slip dated today counts as rated now, an earlier one at noon of its day.</summary>
    public RatingSubmission ToSubmission(OrgChart org, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(org);
        var day = DateOnly.FromDateTime(RatedOn!.Value);
        return new RatingSubmission
        {
            WindowCode = org.WindowCode(WindowId),
            StaffNo = org.Staff.FirstOrDefault(s => s.Id == StaffId)?.StaffNo,
            ServiceCaseNumber = ServiceCaseNumber!.Trim(),
            Level = (int)Level!.Value,
            Comment = Comment,
            Channel = RatingChannel.PaperSlip,
            RatedAt = day >= ChinaTime.DateOf(now) ? now : ChinaTime.StartOfDay(day).AddHours(12),
            RaterName = RaterName,
            RaterPhone = RaterPhone,
        };
    }
}
