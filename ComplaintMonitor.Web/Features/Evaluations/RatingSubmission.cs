using ComplaintMonitor.Domain.Evaluations;

namespace ComplaintMonitor.Web.Features.Evaluations;

/// <summary>A rating as a device or a paper slip gives it: the window and staff member by their codes, not yet resolved.</summary>
public sealed record RatingSubmission
{
    public string WindowCode { get; init; } = "";
    public string? StaffNo { get; init; }
    public string ServiceCaseNumber { get; init; } = "";
    public int Level { get; init; }
    public string? Comment { get; init; }
    public RatingChannel Channel { get; init; }
    public DateTimeOffset? RatedAt { get; init; }
    public string? RaterName { get; init; }
    public string? RaterPhone { get; init; }
}

/// <summary>A stored rating, and the 差评 case it opened, if any.</summary>
public sealed record ReceivedRating(long EvaluationId, long? ComplaintId, string? ComplaintCaseNumber);

public enum RatingRefusal
{
    /// <summary>The input itself is wrong (<see cref="RatingRefusedException.Errors"/> by field).</summary>
    Invalid,
    UnknownWindow,
    UnknownStaff,
    /// <summary>This 办件 already has a rating on this channel .</summary>
    Duplicate,
}

/// <summary>A rating that was not stored, and why, in Chinese; <see cref="Errors"/> by field name (camelCase, as the API's body).</summary>
public sealed class RatingRefusedException(RatingRefusal refusal, string message, IReadOnlyDictionary<string, string[]>? errors = null)
    : Exception(message)
{
    public RatingRefusal Refusal { get; } = refusal;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors ?? new Dictionary<string, string[]>();
}
