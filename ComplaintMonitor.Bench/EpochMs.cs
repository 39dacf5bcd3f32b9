namespace ComplaintMonitor.Bench;

/// <summary>Wall-clock milliseconds since 1970 (the clock the browser's <c>performance.timeOrigin + performance.now()</c> reads).</summary>
public static class EpochMs
{
    public static double Now() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
}
