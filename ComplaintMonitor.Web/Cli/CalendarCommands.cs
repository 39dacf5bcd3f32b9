using System.Globalization;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Workflow;

namespace ComplaintMonitor.Web.Cli;

/// <summary><c>calendar import FILE</c>, <c>calendar show YEAR</c>, <c>calendar add-working-days [DATE N]</c>, all on the stored calendar.</summary>
public static class CalendarCommands
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        await services.MigrateDatabaseAsync();
        await using var scope = services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<WorkflowContextProvider>();
        switch (args)
        {
            case ["import", var file]:
                if (!File.Exists(file))
                {
                    await error.WriteLineAsync($"错误：找不到文件“{file}”");
                    return 1;
                }
                var result = await scope.ServiceProvider.GetRequiredService<CalendarImporter>().ImportAsync(await File.ReadAllTextAsync(file));
                await output.WriteLineAsync($"已导入 {string.Join("、", result.Years)} 年共 {result.Entries} 条节假日安排；重新计算了 {result.DeadlinesRecomputed} 个临时期限。");
                return 0;

            case ["show", var yearText]:
                if (!int.TryParse(yearText, out var year) || year is < 1949 or > 2200)
                {
                    return CommandLine.UsageError(error, $"年份不正确：“{yearText}”");
                }
                await Show((await contexts.GetAsync()).Calendar, year, output);
                return 0;

            case ["add-working-days", var dateText, var nText]:
                var calendar = (await contexts.GetAsync()).Calendar;
                if (AddWorkingDays(calendar, dateText, nText, out var line) is { } problem)
                {
                    await error.WriteLineAsync($"错误：{problem}");
                    return 1;
                }
                await output.WriteLineAsync(line);
                return 0;

            case ["add-working-days"]:
                return await Batch((await contexts.GetAsync()).Calendar, input, output, error);

            default:
                return CommandLine.UsageError(error, "calendar 子命令不正确");
        }
    }

    /// <summary>Batch mode: one "DATE N" a line in, one date a line out, in order; a bad line stops with its number.</summary>
    private static async Task<int> Batch(WorkingDayCalendar calendar, TextReader input, TextWriter output, TextWriter error)
    {
        var lineNo = 0;
        while (await input.ReadLineAsync() is { } raw)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }
            var parts = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var line = "";
            var problem = parts.Length == 2 ? AddWorkingDays(calendar, parts[0], parts[1], out line) : "每行应为“DATE N”";
            if (problem is not null)
            {
                await error.WriteLineAsync($"错误：第 {lineNo} 行：{problem}");
                return 1;
            }
            await output.WriteLineAsync(line);
        }
        return 0;
    }

    private static string? AddWorkingDays(WorkingDayCalendar calendar, string dateText, string nText, out string line)
    {
        line = "";
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return $"日期格式应为 YYYY-MM-DD：“{dateText}”";
        }
        if (!int.TryParse(nText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 3650)
        {
            return $"工作日数应为 1 到 3650 之间的整数：“{nText}”";
        }
        line = calendar.AddWorkingDays(date, n).Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return null;
    }

    private static async Task Show(WorkingDayCalendar calendar, int year, TextWriter output)
    {
        if (!calendar.HasDataFor(year))
        {
            await output.WriteLineAsync($"{year} 年尚无节假日数据：期限按周一至周五计算并标记为临时（provisional），导入该年通知后重新计算。");
            return;
        }
        await output.WriteLineAsync($"{year} 年节假日安排：");
        foreach (var e in calendar.EntriesFor(year))
        {
            var kind = e.Kind == DayKind.Off ? "放假" : "调休上班";
            await output.WriteLineAsync($"{e.Date:yyyy-MM-dd} {ZhWeekday(e.Date.DayOfWeek)} {kind} {e.Name}");
        }
        var first = new DateOnly(year, 1, 1);
        var workingDays = calendar.WorkingDaysBetween(first.AddDays(-1), new DateOnly(year, 12, 31));
        await output.WriteLineAsync($"全年工作日 {workingDays} 天。");
    }

    private static string ZhWeekday(DayOfWeek d) => d switch
    {
        DayOfWeek.Monday => "周一",
        DayOfWeek.Tuesday => "周二",
        DayOfWeek.Wednesday => "周三",
        DayOfWeek.Thursday => "周四",
        DayOfWeek.Friday => "周五",
        DayOfWeek.Saturday => "周六",
        _ => "周日",
    };
}
