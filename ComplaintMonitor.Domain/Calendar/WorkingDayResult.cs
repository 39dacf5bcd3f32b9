namespace ComplaintMonitor.Domain.Calendar;

/// <summary>
/// A date computed by working-day arithmetic. <see cref="Provisional"/> is true when the computation
/// passed through a year without holiday data, so the plain Monday–Friday rule was used there.
/// </summary>
public readonly record struct WorkingDayResult(DateOnly Date, bool Provisional);
