using System.Runtime.CompilerServices;
using System.Text;
using ComplaintMonitor.Web.Features.Exports;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;

namespace ComplaintMonitor.Tests.Web.Features.Exports;

public sealed class ExportJobsTests : IDisposable
{
    private const int PageSize = 500;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
    private readonly ExportJobs _jobs;

    public ExportJobsTests() => _jobs = new ExportJobs(_time, NullLogger<ExportJobs>.Instance);

    public void Dispose() => _jobs.Dispose();

    /// <summary>A keyset-like source: pages of <see cref="PageSize"/> rows, each "fetched" only when the writer asks for its first row.</summary>
    private sealed class PagedSource(int rows)
    {
        public readonly TaskCompletionSource<ExportJob> Job = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public readonly List<(int Page, long RowsWrittenBefore)> Fetches = [];

        public async IAsyncEnumerable<object?[]> RowsAsync([EnumeratorCancellation] CancellationToken ct = default)
        {
            var job = await Job.Task;
            for (var page = 0; page * PageSize < rows; page++)
            {
                Fetches.Add((page, job.RowsWritten));
                await Task.Yield();
                for (var i = page * PageSize; i < Math.Min(rows, (page + 1) * PageSize); i++)
                {
                    ct.ThrowIfCancellationRequested();
                    yield return [$"TS{i:D6}", i];
                }
            }
        }
    }

    private static async Task<ExportJob> FinishedAsync(ExportJob job)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        job.Changed += () =>
        {
            if (job.State != ExportState.Running)
            {
                done.TrySetResult();
            }
        };
        if (job.State == ExportState.Running)
        {
            await done.Task.WaitAsync(TimeSpan.FromMinutes(1));
        }
        return job;
    }

    private async Task<(ExportJob Job, PagedSource Source)> RunAsync(ExportFormat format, int rows)
    {
        var source = new PagedSource(rows);
        var job = _jobs.Start("user-1", new ExportRequest("台账", ["编号", "序号"], source.RowsAsync, _ => Task.FromResult<long?>(rows)), format);
        source.Job.SetResult(job);
        return (await FinishedAsync(job), source);
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Xlsx)]
    public async Task ThePagesAreReadOneAfterAnother_EachOnlyOnceThePreviousOneIsWritten(ExportFormat format)
    {
        var (job, source) = await RunAsync(format, 2_300);

        Assert.Equal(ExportState.Completed, job.State);
        Assert.Equal(2_300, job.RowsWritten);
        Assert.Equal(2_300, job.Total);
        Assert.Equal([0, 1, 2, 3, 4], source.Fetches.Select(f => f.Page));
        // Page p is fetched after exactly p full pages went to the file: never more than one page in memory.
        Assert.All(source.Fetches, f => Assert.Equal(f.Page * PageSize, f.RowsWrittenBefore));
    }

    [Fact]
    public async Task TheOwnerDownloadsTheFileOnce_ThenItIsGone()
    {
        var (job, _) = await RunAsync(ExportFormat.Xlsx, 1_200);

        Assert.Null(_jobs.TakeForDownload(job.Token, "someone-else"));
        var download = _jobs.TakeForDownload(job.Token, "user-1");
        Assert.NotNull(download);
        Assert.EndsWith(".xlsx", download.Value.Job.FileName, StringComparison.Ordinal);
        Assert.StartsWith("台账-20261102-1000", download.Value.Job.FileName, StringComparison.Ordinal);
        using (var file = download.Value.File)
        {
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy);
            copy.Position = 0;
            Assert.Equal(1_200, copy.Query(useHeaderRow: true).Count());
        }

        Assert.False(File.Exists(Path.Combine(ExportJobs.Folder, job.Token + ".xlsx")));
        Assert.Null(_jobs.TakeForDownload(job.Token, "user-1"));
    }

    [Fact]
    public async Task AnExportNotFetched_IsDeletedAfterItsLifetime()
    {
        var (job, _) = await RunAsync(ExportFormat.Csv, 10);
        var path = Path.Combine(ExportJobs.Folder, job.Token + ".csv");
        Assert.True(File.Exists(path));
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("编号,序号\r\nTS000000,0\r\n", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);

        _time.Advance(ExportJobs.Lifetime + TimeSpan.FromMinutes(6));

        Assert.False(File.Exists(path));
        Assert.Null(_jobs.Find(job.Token));
    }

    [Fact]
    public async Task ACancelledExport_LeavesNoFile()
    {
        var source = new PagedSource(5_000);
        var job = _jobs.Start("user-1", new ExportRequest("台账", ["编号", "序号"], source.RowsAsync), ExportFormat.Csv);
        job.Cancel();
        source.Job.SetResult(job);

        await FinishedAsync(job);

        Assert.Equal(ExportState.Cancelled, job.State);
        Assert.False(File.Exists(Path.Combine(ExportJobs.Folder, job.Token + ".csv")));
        Assert.Null(_jobs.TakeForDownload(job.Token, "user-1"));
    }
}
