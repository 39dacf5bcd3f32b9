namespace ComplaintMonitor.Web.Data;

/// <summary>An administrator-editable setting stored as JSON (e.g. the deadline policy), so it survives restarts and is shared by instances.</summary>
public sealed class AppSetting
{
    public string Key { get; set; } = "";
    public string Json { get; set; } = "{}";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
