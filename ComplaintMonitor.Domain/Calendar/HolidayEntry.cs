namespace ComplaintMonitor.Domain.Calendar;

/// <summary>One dated line of a State Council holiday notice.</summary>
public sealed record HolidayEntry(DateOnly Date, DayKind Kind, string Name);
