namespace ComplaintMonitor.Domain.Complaints;

/// <summary>调查结论: 属实 upheld, 部分属实 partly upheld, 不属实 not upheld. Only upheld findings count against the respondent .</summary>
public enum Finding
{
    Upheld,
    PartlyUpheld,
    NotUpheld,
}
