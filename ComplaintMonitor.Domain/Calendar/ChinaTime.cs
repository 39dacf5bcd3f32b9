namespace ComplaintMonitor.Domain.Calendar;

/// <summary>
/// China Standard Time (Asia/Shanghai, UTC+8, no daylight saving since 1991). Dates of receipt and deadlines
/// are calendar dates in this zone (§5.3).
/// </summary>
public static class ChinaTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Asia/Shanghai from the system time-zone database, or a fixed +08:00 zone when the database lacks it.</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <summary>The date in China at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>Today's date in China according to <paramref name="time"/>.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOf(time.GetUtcNow());
    }

    /// <summary>00:00 of <paramref name="date"/> in China (offset +08:00).</summary>
    public static DateTimeOffset StartOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The last tick of <paramref name="date"/> in China (23:59:59.9999999 +08:00), i.e. the next day's start minus one tick.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary><paramref name="instant"/> expressed with China's offset.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", Offset, "中国标准时间 (UTC+08:00)", "中国标准时间");
        }
    }
}
