using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Deadlines;

namespace ComplaintMonitor.Domain.Complaints;

/// <summary>What the workflow needs besides the case and the clock: the working-day calendar and the deadline policy in force.</summary>
public sealed record WorkflowContext(WorkingDayCalendar Calendar, DeadlinePolicy Policy);
