namespace ComplaintMonitor.Web.Data;

/// <summary>The last case number handed out on a day; incremented in the registering transaction so numbers never repeat.</summary>
public sealed class CaseNumberCounter
{
    public DateOnly Day { get; set; }
    public int Last { get; set; }
}
