using System.Diagnostics;
using System.Globalization;
using System.Text;
using ComplaintMonitor.Tests.Domain.Calendar;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Cli;

namespace ComplaintMonitor.Tests.Web.Cli;

public sealed class CalendarCommandTests(ComplaintMonitorApp app) : IClassFixture<ComplaintMonitorApp>
{
    private async Task<(int Code, string Out, string Err)> Run(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(app.Services, args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("2026-09-30", "5", "2026-10-13")]
    [InlineData("2026-02-13", "2", "2026-02-24")]
    [InlineData("2025-09-26", "1", "2025-09-28")]
    [InlineData("2025-01-27", "1", "2025-02-05")]
    public async Task AddWorkingDays_PrintsTheDate(string date, string n, string expected)
    {
        var (code, stdout, _) = await Run("", "calendar", "add-working-days", date, n);

        Assert.Equal(0, code);
        Assert.Equal(expected + "\n", stdout.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("2026-13-01", "2", "日期格式")]
    [InlineData("2026-01-01", "0", "工作日数")]
    [InlineData("2026-01-01", "x", "工作日数")]
    public async Task AddWorkingDays_BadInput_ExitsNonZeroWithAClearMessage(string date, string n, string message)
    {
        var (code, stdout, stderr) = await Run("", "calendar", "add-working-days", date, n);

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public async Task BatchMode_AnswersEachLineInOrder_AndStopsAtABadLine()
    {
        var (code, stdout, _) = await Run("2026-09-30 5\n\n2026-02-13 2\n2025-09-26 1\n", "calendar", "add-working-days");
        Assert.Equal(0, code);
        Assert.Equal("2026-10-13\n2026-02-24\n2025-09-28\n", stdout.ReplaceLineEndings("\n"));

        var (badCode, _, stderr) = await Run("2026-09-30 5\nnonsense\n", "calendar", "add-working-days");
        Assert.Equal(1, badCode);
        Assert.Contains("第 2 行", stderr);
    }

    [Fact]
    public async Task Show_ListsTheYear_AndSaysWhenAYearHasNoData()
    {
        var (code, stdout, _) = await Run("", "calendar", "show", "2026");
        Assert.Equal(0, code);
        Assert.Contains("2026-02-14 周六 调休上班 春节", stdout);
        Assert.Contains("全年工作日 248 天", stdout);

        var (_, none, _) = await Run("", "calendar", "show", "2027");
        Assert.Contains("尚无节假日数据", none);
    }

    [Fact]
    public async Task Import_ABadFile_ChangesNothing_AndAGoodOneAddsTheYear()
    {
        var bad = Path.GetTempFileName();
        var good = Path.GetTempFileName();
        await File.WriteAllTextAsync(bad, "2027-01-01 off 元旦\n2027-01-05 work 调休\n");
        await File.WriteAllTextAsync(good, "2027-01-01 off 元旦\n2027-02-06 work 春节\n2027-02-08 off 春节\n");

        var (badCode, _, badErr) = await Run("", "calendar", "import", bad);
        var (_, before, _) = await Run("", "calendar", "add-working-days", "2027-02-05", "1");
        var (goodCode, imported, _) = await Run("", "calendar", "import", good);
        var (_, after, _) = await Run("", "calendar", "add-working-days", "2027-02-05", "1");

        Assert.Equal(1, badCode);
        Assert.Contains("第 2 行", badErr);
        Assert.Equal("2027-02-08\n", before.ReplaceLineEndings("\n"));
        Assert.Equal(0, goodCode);
        Assert.Contains("2027", imported);
        Assert.Equal("2027-02-06\n", after.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task UnknownSubcommand_IsAUsageError()
    {
        var (code, _, stderr) = await Run("", "calendar", "frobnicate");

        Assert.Equal(2, code);
        Assert.Contains("用法", stderr);
    }

    /// <summary>The real executable, in batch mode, over every date of 2024–2026, against the hand-written reference table.</summary>
    [Fact]
    public async Task BuiltExecutable_IsExactOnEveryDate2024To2026()
    {
        var input = new StringBuilder();
        var expected = new StringBuilder();
        for (var d = new DateOnly(2024, 1, 1); d <= new DateOnly(2026, 12, 31); d = d.AddDays(1))
        {
            foreach (var n in new[] { 1, 2, 5, 15 })
            {
                input.Append(CultureInfo.InvariantCulture, $"{d:yyyy-MM-dd} {n}\n");
                expected.Append(CultureInfo.InvariantCulture, $"{WorkingDayCalendarExhaustiveTests.ReferenceAdd(d, n).Date:yyyy-MM-dd}\n");
            }
        }
        var work = Directory.CreateTempSubdirectory("cm-cli-");
        var psi = new ProcessStartInfo("dotnet", [RepoPaths.WebDll, "calendar", "add-working-days"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.WebProject,
        };
        psi.Environment["ConnectionStrings__Complaints"] = $"Data Source={Path.Combine(work.FullName, "cli.db")}";
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input.ToString());
        process.StandardInput.Close();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await stderr);
        Assert.Equal(expected.ToString(), (await stdout).ReplaceLineEndings("\n"));
    }
}
