namespace ComplaintMonitor.Domain.Complaints;

/// <summary>How a 差评 is dealt with: the outcome the 差评 case records with its handling result.</summary>
public enum RectificationMode
{
    /// <summary>立行立改: put right at once.</summary>
    Immediate,
    /// <summary>台账限期整改: entered in the rectification ledger with a deadline.</summary>
    Scheduled,
    /// <summary>解释说明: no fault; explained to the rater.</summary>
    Explanation,
}
