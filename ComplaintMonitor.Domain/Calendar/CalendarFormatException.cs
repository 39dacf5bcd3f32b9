namespace ComplaintMonitor.Domain.Calendar;

/// <summary>A holiday file could not be parsed; the message (Chinese) names the offending line.</summary>
public sealed class CalendarFormatException(string message) : DomainException(message);
