using ComplaintMonitor.Domain;

namespace ComplaintMonitor.Web.Cli;

/// <summary>
/// Administration sub-commands of the same executable (<c>dotnet ComplaintMonitor.Web.dll calendar show 2026</c>).
/// Exit codes: 0 done, 1 refused (bad input or a rule), 2 usage.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["migrate", "seed-demo", "calendar", "user", "apikey"];

    public const string Usage = """
        用法 / usage:
          migrate                                   应用数据库迁移
          seed-demo [--complaints N]                生成演示单位、窗口、人员和 N 件投诉（默认 3000，最多 1000000）
          calendar import FILE                      导入国务院节假日安排（格式同 Calendar/cn-holidays.txt）
          calendar show YEAR                        显示某年的节假日与调休安排
          calendar add-working-days [DATE N]        输出 DATE 之后第 N 个工作日；无参数时从标准输入逐行读取 "DATE N"
          user create-admin NAME [DISPLAY NAME]     创建管理员账户（密码从标准输入第一行读取）
          apikey create --channel CHANNEL --name NAME   创建好差评接口密钥（只显示一次）；CHANNEL 如 Device、QrCode、Portal
          apikey list | apikey revoke ID            列出 / 吊销接口密钥
        """;

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        try
        {
            return args switch
            {
                ["migrate"] => await MigrateCommand.RunAsync(services, output),
                ["seed-demo", .. var rest] => await SeedDemoCommand.RunAsync(services, rest, output, error),
                ["calendar", .. var rest] => await CalendarCommands.RunAsync(services, rest, input, output, error),
                ["user", .. var rest] => await UserCommands.RunAsync(services, rest, input, output, error),
                ["apikey", .. var rest] => await ApiKeyCommands.RunAsync(services, rest, output, error),
                _ => UsageError(error, "未知命令"),
            };
        }
        catch (DomainException ex)
        {
            await error.WriteLineAsync($"错误：{ex.Message}");
            return 1;
        }
    }

    public static int UsageError(TextWriter error, string message)
    {
        error.WriteLine($"错误：{message}");
        error.WriteLine(Usage);
        return 2;
    }
}
