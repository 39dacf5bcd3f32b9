using Bunit;
using ComplaintMonitor.Web.Features.Admin;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Tests.Web.Features.Admin;

public sealed class AdminCalendarTests : AdminPageTestBase
{
    [Fact]
    public void Opens_on_the_current_year_in_China_with_its_days_off_and_working_days()
    {
        var cut = Ctx.Render<AdminCalendar>();

        cut.WaitForElement("[data-testid=calendar-entries]");
        Assert.Equal("2026 年", cut.Find("[data-testid=calendar-year]").TextContent.Trim());
        Assert.Contains("全年工作日 248 天", cut.Find("[data-testid=calendar-working-days]").TextContent, StringComparison.Ordinal);
        var firstRow = cut.FindAll("[data-testid=calendar-entries] tbody tr")[0].TextContent;
        Assert.Contains("2026-01-01", firstRow, StringComparison.Ordinal);
        Assert.Contains("周四", firstRow, StringComparison.Ordinal);
        Assert.Contains("放假", firstRow, StringComparison.Ordinal);
        Assert.Contains("元旦", firstRow, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_without_data_is_flagged_as_provisional()
    {
        var cut = Ctx.Render<AdminCalendar>();
        cut.WaitForElement("[data-testid=calendar-entries]");

        cut.Find("[data-testid=calendar-next]").Click();

        var warning = cut.WaitForElement("[data-testid=calendar-provisional]").TextContent;
        Assert.Contains("2027 年尚无节假日数据，期限为临时期限", warning, StringComparison.Ordinal);
        Assert.Contains("临时", cut.Find("[data-testid=calendar-working-days]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=calendar-entries]"));
    }

    [Fact]
    public async Task A_bad_file_shows_the_importers_Chinese_error_and_changes_nothing()
    {
        var cut = Ctx.Render<AdminCalendar>();
        cut.WaitForElement("[data-testid=calendar-entries]");
        var before = await HolidayCountAsync();

        Upload(cut, "2027-01-01 off 元旦\n2027-02-09 work 春节\n");

        var error = cut.WaitForElement("[data-testid=calendar-import-error]").TextContent;
        Assert.Contains("导入失败，未做任何修改", error, StringComparison.Ordinal);
        Assert.Contains("第 2 行：调休上班日必须是周六或周日", error, StringComparison.Ordinal);
        Assert.Equal(before, await HolidayCountAsync());
    }

    [Fact]
    public async Task A_good_file_is_imported_and_its_year_shown()
    {
        var cut = Ctx.Render<AdminCalendar>();
        cut.WaitForElement("[data-testid=calendar-entries]");

        Upload(cut, "# 国务院办公厅关于2027年部分节假日安排的通知\n2027-01-01 off 元旦\n2027-02-06 work 春节\n2027-02-08 off 春节\n");

        var result = cut.WaitForElement("[data-testid=calendar-import-result]").TextContent;
        Assert.Contains("已导入 2027 年共 3 条节假日安排；重新计算了 0 个临时期限。", result, StringComparison.Ordinal);
        cut.WaitForAssertion(() => Assert.Equal("2027 年", cut.Find("[data-testid=calendar-year]").TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=calendar-provisional]"));
        Assert.Equal(3, cut.FindAll("[data-testid=calendar-entries] tbody tr").Count);
        Assert.True((await Db.Contexts.GetAsync()).Calendar.HasDataFor(2027));
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_refused_with_advice()
    {
        var cut = Ctx.Render<AdminCalendar>();
        cut.WaitForElement("[data-testid=calendar-entries]");

        // "元旦" in GBK: not valid UTF-8.
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(
            [.. "2027-01-01 off "u8.ToArray(), 0xD4, 0xAA, 0xB5, 0xA9, (byte)'\n'], "gbk.txt", contentType: "text/plain"));

        Assert.Contains("不是 UTF-8 编码", cut.WaitForElement("[data-testid=calendar-import-error]").TextContent, StringComparison.Ordinal);
    }

    private static void Upload(IRenderedComponent<AdminCalendar> cut, string text) =>
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(text, "holidays.txt", contentType: "text/plain"));

    private async Task<int> HolidayCountAsync()
    {
        await using var db = await Db.Factory.CreateDbContextAsync();
        return await db.Holidays.CountAsync();
    }
}
