namespace ComplaintMonitor.Domain.Deadlines;

/// <summary>Which reply rule of applied; stored on the case so later policy changes never move old deadlines.</summary>
public enum DeadlineRule
{
    /// <summary>简单/当场: 1 WD.</summary>
    Simple,
    /// <summary>一般书面: 2 WD.</summary>
    Ordinary,
    /// <summary>复杂或涉及两个以上单位: 5 WD.</summary>
    Complex,
    /// <summary>12345 转办: 15 WD.</summary>
    Hotline,
    /// <summary>差评整改: 5 WD.</summary>
    BadRating,
}
