namespace ComplaintMonitor.Web.Jobs;

/// <summary>Section <c>Jobs</c>: Quartz cron expressions (seconds first) in Asia/Shanghai, and a switch for tests and tools.</summary>
public sealed class JobsOptions
{
    public bool Enabled { get; set; } = true;
    public string DeadlineScan { get; set; } = "0 * * * * ?";
    public string StatisticsRollup { get; set; } = "30 */5 * * * ?";
    public string DailyDigest { get; set; } = "0 0 8 * * ?";
    public string MonthlySnapshot { get; set; } = "0 30 1 1 * ?";
    public string LookBack { get; set; } = "0 0 7 * * ?";
}
