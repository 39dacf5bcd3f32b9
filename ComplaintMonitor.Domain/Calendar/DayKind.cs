namespace ComplaintMonitor.Domain.Calendar;

/// <summary>What an explicit calendar entry says about a date.</summary>
public enum DayKind
{
    /// <summary>Statutory holiday / rest day (法定节假日、休息日), file keyword <c>off</c>.</summary>
    Off,

    /// <summary>Make-up working day on a Saturday or Sunday (调休上班日), file keyword <c>work</c>.</summary>
    Work,
}
