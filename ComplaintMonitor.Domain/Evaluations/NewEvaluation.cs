namespace ComplaintMonitor.Domain.Evaluations;

/// <summary>
/// A rating as it arrives from a device, a QR code, the portal or a paper slip, before it is stored.
/// The window and staff member are resolved from their codes by the caller; the domain checks the rest.
/// </summary>
public sealed record NewEvaluation
{
    public int UnitId { get; init; }
    public int WindowId { get; init; }
    public int? StaffId { get; init; }

    /// <summary>办件编号 of the service transaction rated.</summary>
    public string ServiceCaseNumber { get; init; } = "";

    public int Level { get; init; }
    public string? Comment { get; init; }
    public RatingChannel Channel { get; init; }

    /// <summary>When the rater rated; defaults to when it was received.</summary>
    public DateTimeOffset? RatedAt { get; init; }

    /// <summary>默认评价: not given by the rater but defaulted after the rating period .</summary>
    public bool Defaulted { get; init; }

    /// <summary>Rater identity, confidential like a complainant's; optional (anonymous rating).</summary>
    public string? RaterName { get; init; }
    public string? RaterPhone { get; init; }

    /// <summary>Everything wrong with the input, as Chinese messages; empty when it can be stored.</summary>
    public IReadOnlyList<string> Validate(DateTimeOffset now)
    {
        List<string> errors = [];
        if (string.IsNullOrWhiteSpace(ServiceCaseNumber))
        {
            errors.Add("请填写办件编号");
        }
        else if (ServiceCaseNumber.Trim().Length > 64)
        {
            errors.Add("办件编号不能超过 64 个字符");
        }
        if (!EvaluationLevels.IsDefined(Level))
        {
            errors.Add("评价等级须为 1（非常不满意）至 5（非常满意）");
        }
        if (Comment is { Length: > 1000 })
        {
            errors.Add("评价内容不能超过 1000 字");
        }
        if (!Enum.IsDefined(Channel))
        {
            errors.Add("评价渠道无效");
        }
        if (RatedAt is { } rated && rated > now.AddMinutes(5))
        {
            errors.Add("评价时间不能晚于当前时间");
        }
        if (RatedAt is { } old && old < now.AddDays(-90))
        {
            errors.Add("评价时间不能早于 90 天前");
        }
        if (RaterPhone is { Length: > 32 } || RaterName is { Length: > 64 })
        {
            errors.Add("评价人姓名或电话过长");
        }
        return errors;
    }
}
