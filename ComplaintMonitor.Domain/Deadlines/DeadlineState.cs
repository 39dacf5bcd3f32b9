namespace ComplaintMonitor.Domain.Deadlines;

/// <summary>正常 / 黄灯 (≤ the warning threshold of working days left) / 红灯 (overdue), and for finished deadlines whether they were met.</summary>
public enum DeadlineState
{
    Normal,
    Yellow,
    Red,
    Paused,
    MetOnTime,
    MetLate,
}
