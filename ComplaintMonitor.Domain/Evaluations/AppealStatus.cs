namespace ComplaintMonitor.Domain.Evaluations;

/// <summary>申诉复核 of a 差评 .</summary>
public enum AppealStatus
{
    None,
    Pending,
    /// <summary>Approved: the rating is 误评/恶意 and excluded from 差评率 (kept in the raw data).</summary>
    Approved,
    Refused,
}

/// <summary>Why an approved appeal excludes a rating.</summary>
public enum MisratingKind
{
    /// <summary>误评: the rater meant another level, another window or another matter.</summary>
    Mistaken,
    /// <summary>恶意: a malicious or abusive rating.</summary>
    Malicious,
}
