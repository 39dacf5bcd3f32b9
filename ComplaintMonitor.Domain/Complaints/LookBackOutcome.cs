namespace ComplaintMonitor.Domain.Complaints;

/// <summary>回头看 result: did the rectification hold (巩固), or did the problem come back (反弹)?</summary>
public enum LookBackOutcome
{
    Consolidated,
    Rebounded,
}
