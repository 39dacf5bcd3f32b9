using System.Diagnostics;
using System.Globalization;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Features.Complaints.List;
using ComplaintMonitor.Web.Features.Exports;
using ComplaintMonitor.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintMonitor.Bench;

/// <summary>
/// <c>bench export</c>: the whole register (every case, no filter) exported to xlsx and CSV through the app's own
/// background export (keyset pages of 2,000, written as they are read), with the time, rows per second and the peak of
/// the managed heap sampled while it runs, to show that memory stays flat instead of growing with the row count.
/// </summary>
public static class ExportBench
{
    public static async Task RunAsync(IReadOnlyList<int> sizes, TextWriter output)
    {
        output.WriteLine("| complaints | format | rows | time | rows/s | managed heap before | peak managed heap while exporting | file |");
        output.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|");
        var localizer = new ServiceCollection().AddLogging().AddAppLocalization().BuildServiceProvider()
            .GetRequiredService<IStringLocalizer<SharedResource>>();
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        foreach (var size in sizes)
        {
            await using var db = await BenchDatabase.OpenAsync(size, Console.Error);
            using var scope = db.Services.CreateScope();
            var export = new ComplaintExport(scope.ServiceProvider.GetRequiredService<ComplaintListQuery>(), db.Factory, localizer);
            using var jobs = new ExportJobs(TimeProvider.System, NullLogger<ExportJobs>.Instance);
            var supervisor = new Actor("bench", "督查", UserRole.Supervisor);
            foreach (var format in new[] { ExportFormat.Xlsx, ExportFormat.Csv })
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var before = GC.GetTotalMemory(forceFullCollection: true);
                var clock = Stopwatch.StartNew();
                var job = jobs.Start("bench", export.Request(ComplaintFilter.None, supervisor), format);
                long peak = before;
                while (job.State == ExportState.Running)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(false));
                    await Task.Delay(20);
                }
                clock.Stop();
                peak = Math.Max(peak, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
                if (job.State != ExportState.Completed)
                {
                    throw new InvalidOperationException($"export {format} ended {job.State}: {job.Error}");
                }
                var download = jobs.TakeForDownload(job.Token, "bench") ?? throw new InvalidOperationException("no file");
                long fileBytes;
                await using (download.File)
                {
                    fileBytes = download.File.Length;
                }
                output.WriteLine($"| {size:N0} | {format} | {job.RowsWritten:N0} | {clock.Elapsed.TotalSeconds:F1} s | {job.RowsWritten / clock.Elapsed.TotalSeconds:N0} | {Mb(before)} | {Mb(peak)} | {Mb(fileBytes)} |");
            }
        }
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " MB";
}
