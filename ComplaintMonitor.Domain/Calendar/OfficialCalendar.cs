using System.Text;

namespace ComplaintMonitor.Domain.Calendar;

/// <summary>
/// The official calendar shipped with the application: the embedded resource <c>Calendar/cn-holidays.txt</c>
/// (State Council holiday notices; see the file's header for the years and sources).
/// </summary>
public static class OfficialCalendar
{
    private const string ResourceName = "ComplaintMonitor.Domain.Calendar.cn-holidays.txt";

    private static readonly Lazy<WorkingDayCalendar> Calendar = new(() => new WorkingDayCalendar(HolidayFile.Parse(LoadText())));

    /// <summary>The embedded file's text, including its comment header.</summary>
    public static string LoadText()
    {
        using var stream = typeof(OfficialCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {typeof(OfficialCalendar).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The parsed embedded calendar (parsed once; the calendar is immutable, so the instance is shared).</summary>
    public static WorkingDayCalendar Load() => Calendar.Value;
}
