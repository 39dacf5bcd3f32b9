using System.Diagnostics;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Features.Statistics;
using ComplaintMonitor.Web.Workflow;

namespace ComplaintMonitor.Web.Cli;

public static class SeedDemoCommand
{
    public const int MaxComplaints = 1_000_000;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var count = 3000;
        if (args is ["--complaints", var n])
        {
            if (!int.TryParse(n, out count) || count < 0 || count > MaxComplaints)
            {
                return CommandLine.UsageError(error, $"--complaints 应为 0 到 {MaxComplaints} 之间的整数：“{n}”");
            }
        }
        else if (args.Length > 0)
        {
            return CommandLine.UsageError(error, $"无法识别的参数：{string.Join(' ', args)}");
        }
        await services.MigrateDatabaseAsync();
        await using var scope = services.CreateAsyncScope();
        var context = await scope.ServiceProvider.GetRequiredService<WorkflowContextProvider>().GetAsync();
        var clock = Stopwatch.StartNew();
        var lastShown = TimeSpan.Zero;
        var progress = new InlineProgress(done =>
        {
            if (clock.Elapsed - lastShown > TimeSpan.FromSeconds(1) || done == count)
            {
                lastShown = clock.Elapsed;
                error.Write($"\r已生成 {done:N0} / {count:N0} 件（{100.0 * done / Math.Max(1, count):F1}%），用时 {clock.Elapsed:mm\\:ss}   ");
            }
        });
        var seeded = await scope.ServiceProvider.GetRequiredService<DemoComplaints>().SeedAsync(count, context, progress);
        var users = await DemoUsers.EnsureAsync(scope.ServiceProvider);
        await error.WriteLineAsync();
        var rollup = await scope.ServiceProvider.GetRequiredService<StatisticsRollup>().RecomputeAllAsync();
        await DemoSnapshots.WriteAsync(scope.ServiceProvider);
        await output.WriteLineAsync($"已生成演示单位、窗口、人员和 {seeded:N0} 件投诉，新建演示账户 {users} 个（密码 {DemoUsers.Password}），并重算统计（{rollup.RowsWritten:N0} 行），用时 {clock.Elapsed.TotalSeconds:F1} 秒。");
        return 0;
    }

    /// <summary>Reports on the calling thread: Progress&lt;T&gt; would post to the thread pool and print out of order.</summary>
    private sealed class InlineProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
