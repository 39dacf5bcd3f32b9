namespace ComplaintMonitor.Web.Data;

/// <summary>One execution of a scheduled job, for the operations page: when, how long, how much, and what went wrong.</summary>
public sealed class JobRun
{
    public long Id { get; set; }
    public string Job { get; set; } = "";
    public string Trigger { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public long DurationMs { get; set; }
    public long RowsTouched { get; set; }
    public string? Error { get; set; }
}
