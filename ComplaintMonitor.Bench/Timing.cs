using System.Diagnostics;
using System.Globalization;

namespace ComplaintMonitor.Bench;

/// <summary>Runs a measurement several times and reports the median and the worst, in milliseconds.</summary>
public static class Timing
{
    /// <param name="runs">Timed runs.</param>
    /// <param name="prepare">Untimed set-up before each run.</param>
    /// <param name="action">What is timed.</param>
    /// <param name="warmups">
    /// Untimed runs first (each with its set-up): a job that runs every few minutes in a server is measured in its steady
    /// state, not while the JIT compiles its code and recompiles the hot parts in the background on the same two cores.
    /// </param>
    public static async Task<(double Median, double Max)> MeasureAsync(int runs, Func<Task> prepare, Func<Task> action, int warmups = 0)
    {
        for (var i = 0; i < warmups; i++)
        {
            await prepare();
            await action();
        }
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
