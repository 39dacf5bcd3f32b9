using ComplaintMonitor.Domain.Calendar;

namespace ComplaintMonitor.Web.Data;

/// <summary>One row of the official holiday calendar as stored: the embedded 2024–2026 data plus imported years.</summary>
public sealed class HolidayDay
{
    public DateOnly Date { get; set; }
    public DayKind Kind { get; set; }
    public string Name { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }

    public HolidayEntry ToEntry() => new(Date, Kind, Name);
}
