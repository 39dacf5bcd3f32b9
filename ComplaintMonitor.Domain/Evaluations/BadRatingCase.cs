using ComplaintMonitor.Domain.Complaints;

namespace ComplaintMonitor.Domain.Evaluations;

/// <summary>The 差评 case a bad rating opens: what is registered for it, decided here once for the API, the paper slip and the demo data.</summary>
public static class BadRatingCase
{
    /// <summary>The registration of the 差评 case of a stored rating (it needs the rating's id for the link).</summary>
    public static NewComplaint For(Evaluation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!e.IsBad)
        {
            throw new DomainException("只有差评才生成差评工单");
        }
        return new NewComplaint
        {
            Channel = Channel.RatingDevice,
            Form = ComplaintForm.Electronic,
            // The case's deadlines run from the rating, not from when the device delivered it.
            ReceivedAt = e.RatedAt,
            Complainant = RaterOf(e),
            RespondentType = e.StaffId is null ? RespondentType.Window : RespondentType.Staff,
            RespondentUnitId = e.UnitId,
            RespondentWindowId = e.WindowId,
            RespondentStaffId = e.StaffId,
            // A rating judges the service received as a whole; verification finds the specific fault, if any.
            Category = ComplaintCategory.ServiceAttitude,
            Content = Content(e),
            LinkedServiceCaseNumber = e.ServiceCaseNumber,
            SourceEvaluationId = e.Id,
        };
    }

    /// <summary>The rater as the case's complainant: named (实名) when both name and phone were given, otherwise anonymous (what was given is kept).</summary>
    public static Complainant RaterOf(Evaluation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return RaterOf(e.RaterName, e.RaterPhone);
    }

    public static Complainant RaterOf(string? name, string? phone)
    {
        var n = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        var p = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        return new Complainant(n, p, null, null, Anonymous: n is null || p is null);
    }

    /// <summary>What is wrong with a rater identity that would make a named 差评 case (a phone the return visit cannot use).</summary>
    public static IReadOnlyList<string> RaterProblems(string? name, string? phone) => [.. RaterOf(name, phone).Validate()];

    private static string Content(Evaluation e)
    {
        var comment = string.IsNullOrWhiteSpace(e.Comment) ? "（评价人未填写评价内容）" : e.Comment.Trim();
        return $"好差评差评：{e.Level.ZhName()}（办件编号 {e.ServiceCaseNumber}）。评价内容：{comment}";
    }
}
