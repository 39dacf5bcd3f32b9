using System.Diagnostics;
using System.Globalization;

namespace ComplaintMonitor.Bench;

/// <summary>Runs a measurement several times and reports the median and the worst, in milliseconds.</summary>
public static class Timing
{
    public static async Task<(double Median, double Max)> MeasureAsync(int runs, Func<Task> prepare, Func<Task> action)
    {
        var samples = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            await prepare();
            var clock = Stopwatch.StartNew();
            await action();
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }
        samples.Sort();
        return (samples[samples.Count / 2], samples[^1]);
    }

    public static string Ms(double ms) => ms.ToString(ms < 10 ? "F2" : "F0", CultureInfo.InvariantCulture) + " ms";
}
