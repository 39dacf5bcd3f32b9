using ComplaintMonitor.Web.Data;

namespace ComplaintMonitor.Web.Cli;

public static class MigrateCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        await services.MigrateDatabaseAsync();
        await output.WriteLineAsync("数据库已迁移到最新版本。");
        return 0;
    }
}
