using ComplaintMonitor.Domain.Calendar;

namespace ComplaintMonitor.Domain.Deadlines;

/// <summary>
/// One named deadline of a case. It is computed once when its clock starts and stored, and moves only on an
/// approved extension, a pause/resume (待补正) or a calendar import that replaces a provisional year.
/// <see cref="DueAt"/> and <see cref="WarnAt"/> are stored instants so a scan can ask the index "what turns yellow or red before T".
/// </summary>
public sealed class Deadline
{
    private Deadline() { }

    internal Deadline(DeadlineKind kind, (string Number, DateTimeOffset ReceivedAt) @case, DateOnly startedOn, int workingDays, WorkingDayCalendar calendar, DeadlinePolicy policy)
    {
        Kind = kind;
        (CaseNumber, CaseReceivedAt) = @case;
        StartedOn = startedOn;
        WorkingDays = workingDays;
        FirstDueOn = Recompute(calendar, policy);
    }

    /// <summary>
    /// A deadline as stored, for a reader that does not go through EF: the deadline scan reads its due clocks with a plain
    /// data reader, as materialising them through EF cost more than the rest of its read.
    /// </summary>
    public static Deadline Restore(long id, long complaintId, DeadlineKind kind, (string Number, DateTimeOffset ReceivedAt) @case,
        (DateOnly StartedOn, int WorkingDays, int ExtensionCount) allowance, (DateOnly First, DateOnly Current, bool Provisional) dueOn,
        (DateTimeOffset Warn, DateTimeOffset Due, DateTimeOffset Escalate) at, DateOnly? pausedOn, DateTimeOffset? completedAt, DeadlineAlertLevel alertLevel) =>
        new()
        {
            Id = id,
            ComplaintId = complaintId,
            Kind = kind,
            CaseNumber = @case.Number,
            CaseReceivedAt = @case.ReceivedAt,
            StartedOn = allowance.StartedOn,
            WorkingDays = allowance.WorkingDays,
            ExtensionCount = allowance.ExtensionCount,
            FirstDueOn = dueOn.First,
            DueOn = dueOn.Current,
            Provisional = dueOn.Provisional,
            WarnAt = at.Warn,
            DueAt = at.Due,
            EscalateAt = at.Escalate,
            PausedOn = pausedOn,
            CompletedAt = completedAt,
            AlertLevel = alertLevel,
        };

    public long Id { get; private set; }
    public long ComplaintId { get; private set; }
    public DeadlineKind Kind { get; private set; }

    /// <summary>
    /// Its case's number and received instant (copies that never change): kept beside the clock so the register can list
    /// the cases of running deadlines oldest first or by number from the deadline index alone, without a lookup per case
    /// just to sort them.
    /// </summary>
    public string CaseNumber { get; private set; } = "";

    /// <inheritdoc cref="CaseNumber"/>
    public DateTimeOffset CaseReceivedAt { get; private set; }

    /// <summary>The day the clock (re)started; the day itself does not count.</summary>
    public DateOnly StartedOn { get; private set; }

    /// <summary>Working days allowed from <see cref="StartedOn"/>, extensions included.</summary>
    public int WorkingDays { get; private set; }

    public DateOnly FirstDueOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset WarnAt { get; private set; }

    /// <summary>The due date reaches a year with no official holiday data, so it was computed Monday–Friday.</summary>
    public bool Provisional { get; private set; }

    public DateOnly? PausedOn { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public int ExtensionCount { get; private set; }

    /// <summary>When a red deadline goes to the centre leadership (the policy's working days after the due date).</summary>
    public DateTimeOffset EscalateAt { get; private set; }

    /// <summary>The highest warning already raised for the current due date; the scan raises each level once.</summary>
    public DeadlineAlertLevel AlertLevel { get; private set; }

    public bool IsOpen => CompletedAt is null;

    public DeadlineState StateAt(DateTimeOffset now) =>
        CompletedAt is { } done ? (done <= DueAt ? DeadlineState.MetOnTime : DeadlineState.MetLate)
        : PausedOn is not null ? DeadlineState.Paused
        : now > DueAt ? DeadlineState.Red
        : now >= WarnAt ? DeadlineState.Yellow
        : DeadlineState.Normal;

    /// <summary>Working days left until the due date (0 on the due date itself), negative once overdue.</summary>
    public int WorkingDaysLeft(DateOnly today, WorkingDayCalendar calendar) =>
        today <= DueOn ? calendar.WorkingDaysBetween(today, DueOn) : -calendar.WorkingDaysBetween(DueOn, today);

    internal void Complete(DateTimeOffset now) => CompletedAt ??= now;

    internal void Pause(DateOnly today) => PausedOn = today;

    /// <summary>Restarts a paused clock with the working days that were left when it stopped (at least one).</summary>
    internal void Resume(DateOnly today, WorkingDayCalendar calendar, DeadlinePolicy policy)
    {
        if (PausedOn is not { } paused)
        {
            return;
        }
        WorkingDays = Math.Max(1, calendar.WorkingDaysBetween(paused, DueOn));
        StartedOn = today;
        PausedOn = null;
        Recompute(calendar, policy);
    }

    internal void Extend(int workingDays, WorkingDayCalendar calendar, DeadlinePolicy policy)
    {
        WorkingDays += workingDays;
        ExtensionCount++;
        Recompute(calendar, policy);
    }

    internal void ChangeAllowance(int workingDays, WorkingDayCalendar calendar, DeadlinePolicy policy)
    {
        WorkingDays = workingDays;
        Recompute(calendar, policy);
    }

    /// <summary>Computes due and warning instants from the start and allowance; returns the due date.</summary>
    public DateOnly Recompute(WorkingDayCalendar calendar, DeadlinePolicy policy)
    {
        var result = calendar.AddWorkingDays(StartedOn, WorkingDays);
        var previousDue = DueAt;
        DueOn = result.Date;
        Provisional = result.Provisional;
        DueAt = ChinaTime.EndOfDay(DueOn);
        var warnOn = DueOn;
        for (var i = 0; i < policy.YellowWorkingDaysLeft; i++)
        {
            warnOn = calendar.PreviousWorkingDay(warnOn);
        }
        // From the T-th working day before the due date on, no more than T working days remain: 黄灯.
        WarnAt = ChinaTime.StartOfDay(warnOn);
        EscalateAt = ChinaTime.EndOfDay(calendar.AddWorkingDays(DueOn, policy.LeaderEscalationWorkingDays).Date);
        if (DueAt != previousDue)
        {
            // A moved due date is a new promise: its warnings are due again (alerts are keyed by the due date).
            AlertLevel = DeadlineAlertLevel.None;
        }
        return DueOn;
    }

    /// <summary>The warning level the clock has reached at <paramref name="now"/>: 催办 at 黄灯, 督办 at 红灯, leadership when red too long.</summary>
    public DeadlineAlertLevel LevelAt(DateTimeOffset now) =>
        !IsOpen || PausedOn is not null ? DeadlineAlertLevel.None
        : now > EscalateAt ? DeadlineAlertLevel.Leadership
        : now > DueAt ? DeadlineAlertLevel.Red
        : now >= WarnAt ? DeadlineAlertLevel.Yellow
        : DeadlineAlertLevel.None;

    /// <summary>The alert to raise now, if the clock reached a level not alerted yet; only the highest one after a gap (downtime).</summary>
    public DeadlineAlertLevel? PendingAlert(DateTimeOffset now) => LevelAt(now) is var level && level > AlertLevel ? level : null;

    internal void MarkAlerted(DeadlineAlertLevel level) => AlertLevel = level;
}
