using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Deadlines;

namespace ComplaintMonitor.Web.Components.Shared;

/// <summary>What a deadline badge shows: the state at a moment, the due date and the working days left while the clock runs.</summary>
public sealed record DeadlineSummary(DeadlineKind Kind, DeadlineState State, DateOnly DueOn, int? WorkingDaysLeft, bool Provisional)
{
    public static DeadlineSummary Of(Deadline deadline, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        ArgumentNullException.ThrowIfNull(calendar);
        var running = deadline.IsOpen && deadline.PausedOn is null;
        return new DeadlineSummary(deadline.Kind, deadline.StateAt(now), deadline.DueOn,
            running ? deadline.WorkingDaysLeft(ChinaTime.DateOf(now), calendar) : null, deadline.Provisional);
    }

    /// <summary>
    /// The deadline a case is measured against now: the open one due first; once none is open, the last handling
    /// (reply or rectification) deadline, so a finished case still shows whether it was met on time.
    /// </summary>
    public static Deadline? Current(IEnumerable<Deadline> deadlines)
    {
        var all = deadlines.ToList();
        return all.Where(d => d.IsOpen).OrderBy(d => d.DueAt).FirstOrDefault()
            ?? all.Where(d => d.Kind is DeadlineKind.ReplyBy or DeadlineKind.RectifyBy).OrderBy(d => d.Id).LastOrDefault();
    }
}
