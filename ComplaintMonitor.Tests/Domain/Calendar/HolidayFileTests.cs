using System.Globalization;
using ComplaintMonitor.Domain;
using ComplaintMonitor.Domain.Calendar;

namespace ComplaintMonitor.Tests.Domain.Calendar;

public sealed class HolidayFileTests
{
    [Fact]
    public void Parse_reads_entries_ignoring_blank_and_comment_lines_and_sorts_by_date()
    {
        const string text = "# header\r\n\r\n2026-10-02 off 国庆节\r\n   # indented comment\r\n2026-10-01\toff\t国庆节\r\n2025-09-28  work  国庆节、中秋节\r\n";

        var entries = HolidayFile.Parse(text);

        Assert.Equal(
        [
            new HolidayEntry(D("2025-09-28"), DayKind.Work, "国庆节、中秋节"),
            new HolidayEntry(D("2026-10-01"), DayKind.Off, "国庆节"),
            new HolidayEntry(D("2026-10-02"), DayKind.Off, "国庆节"),
        ], entries);
    }

    [Fact]
    public void Parse_takes_the_rest_of_the_line_as_the_name()
    {
        var entry = Assert.Single(HolidayFile.Parse("2025-10-01 off 国庆节 与 中秋节  \n"));

        Assert.Equal("国庆节 与 中秋节", entry.Name);
    }

    [Fact]
    public void Parse_accepts_a_byte_order_mark()
    {
        Assert.Single(HolidayFile.Parse("\uFEFF2026-01-01 off 元旦"));
    }

    [Fact]
    public void Bad_date_message_names_the_line_and_the_value()
    {
        var text = string.Concat(Enumerable.Repeat("# comment\n", 11)) + "2026-13-01 off 元旦\n";

        var ex = Assert.Throws<CalendarFormatException>(() => HolidayFile.Parse(text));

        Assert.Equal("第 12 行：日期格式应为 YYYY-MM-DD：“2026-13-01”", ex.Message);
    }

    [Theory]
    [InlineData("2026-02-30 off 春节", "2026-02-30")]
    [InlineData("2026/01/01 off 元旦", "2026/01/01")]
    [InlineData("2026-1-1 off 元旦", "2026-1-1")]
    [InlineData("01-01-2026 off 元旦", "01-01-2026")]
    [InlineData("元旦 off 2026-01-01", "元旦")]
    public void Bad_dates_are_rejected(string line, string shown)
    {
        var ex = Assert.Throws<CalendarFormatException>(() => HolidayFile.Parse("2026-01-02 off 元旦\n" + line));

        Assert.Contains("第 2 行", ex.Message, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", ex.Message, StringComparison.Ordinal);
        Assert.Contains(shown, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-01-01 holiday 元旦", "holiday")]
    [InlineData("2026-01-01 OFF 元旦", "OFF")]
    [InlineData("2026-01-01 rest 元旦", "rest")]
    public void Unknown_kind_is_rejected(string line, string shown)
    {
        var ex = Assert.Throws<CalendarFormatException>(() => HolidayFile.Parse("# c\n\n" + line));

        Assert.StartsWith("第 3 行：", ex.Message, StringComparison.Ordinal);
        Assert.Contains("off", ex.Message, StringComparison.Ordinal);
        Assert.Contains("work", ex.Message, StringComparison.Ordinal);
        Assert.Contains(shown, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_kind_is_rejected()
    {
        var ex = Assert.Throws<CalendarFormatException>(() => HolidayFile.Parse("2026-01-01"));

        Assert.StartsWith("第 1 行：缺少类型", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-01-01 off")]
    [InlineData("2026-01-01 off   ")]
    [InlineData("2026-01-01\twork\t")]
    public void Missing_name_is_rejected(string line)
    {
        var ex = Assert.Throws<CalendarFormatException>(() => HolidayFile.Parse("2025-12-31 off 元旦\n" + line));

        Assert.StartsWith("第 2 行：缺少节日名称", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_date_is_rejected_naming_both_lines()
    {
        var ex = Assert.Throws<CalendarFormatException>(() => HolidayFile.Parse("2026-01-01 off 元旦\n2026-01-02 off 元旦\n2026-01-01 off 元旦\n"));

        Assert.Equal("第 3 行：日期重复：“2026-01-01”已在第 1 行出现", ex.Message);
    }

    [Theory]
    [InlineData("2026-01-05 work 元旦", "星期一")]
    [InlineData("2026-02-27 work 春节", "星期五")]
    public void Make_up_working_day_must_be_on_a_weekend(string line, string weekday)
    {
        var ex = Assert.Throws<CalendarFormatException>(() => HolidayFile.Parse("# 2026\n" + line));

        Assert.StartsWith("第 2 行：调休上班日必须是周六或周日", ex.Message, StringComparison.Ordinal);
        Assert.Contains(weekday, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-02-14 work 春节")]
    [InlineData("2025-09-28 work 国庆节")]
    [InlineData("2026-02-15 off 春节")]
    public void Weekend_make_up_days_and_weekend_holidays_are_accepted(string line)
    {
        Assert.Single(HolidayFile.Parse(line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("# only a comment\n# and another\n")]
    public void A_file_without_entries_is_rejected(string text)
    {
        var ex = Assert.Throws<CalendarFormatException>(() => HolidayFile.Parse(text));

        Assert.Contains("没有任何日期条目", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarFormatException_is_a_DomainException()
    {
        Assert.IsType<DomainException>(new CalendarFormatException("x"), exactMatch: false);
    }

    [Fact]
    public void Format_writes_sorted_lines_in_the_file_format()
    {
        var text = HolidayFile.Format(
        [
            new HolidayEntry(D("2026-02-15"), DayKind.Off, "春节"),
            new HolidayEntry(D("2026-02-14"), DayKind.Work, "春节"),
        ]);

        Assert.Equal("2026-02-14 work 春节\n2026-02-15 off 春节\n", text);
    }

    [Fact]
    public void Format_and_Parse_round_trip_the_official_calendar()
    {
        var entries = OfficialCalendar.Load().Entries;

        var text = HolidayFile.Format(entries.Reverse());

        Assert.Equal(entries, HolidayFile.Parse(text));
        Assert.Equal(text, HolidayFile.Format(HolidayFile.Parse(text)));
        Assert.Equal(
            OfficialCalendar.LoadText().Split('\n').Where(l => l.StartsWith('2')),
            text.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Format_rejects_entries_that_would_not_read_back()
    {
        var date = D("2026-01-01");
        Assert.Throws<ArgumentException>(() => HolidayFile.Format([new HolidayEntry(date, DayKind.Off, "元旦"), new HolidayEntry(date, DayKind.Off, "元旦")]));
        Assert.Throws<ArgumentException>(() => HolidayFile.Format([new HolidayEntry(date, DayKind.Off, " ")]));
        Assert.Throws<ArgumentException>(() => HolidayFile.Format([new HolidayEntry(date, DayKind.Off, "元\n旦")]));
        Assert.Throws<ArgumentException>(() => HolidayFile.Format([new HolidayEntry(date, (DayKind)7, "元旦")]));
    }

    [Fact]
    public void OfficialCalendar_covers_exactly_2024_to_2026_with_every_line_of_the_reference_file()
    {
        var calendar = OfficialCalendar.Load();

        Assert.Equal([2024, 2025, 2026], calendar.CoveredYears);
        Assert.Equal(108, calendar.Entries.Count);
        Assert.Equal(19, calendar.Entries.Count(e => e.Kind == DayKind.Work));
        Assert.Same(calendar, OfficialCalendar.Load());
    }

    [Fact]
    public void OfficialCalendar_text_has_a_header_naming_the_source_notices()
    {
        var text = OfficialCalendar.LoadText();

        Assert.StartsWith("#", text, StringComparison.Ordinal);
        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            Assert.Contains($"国务院办公厅关于{year}年部分节假日安排的通知", text, StringComparison.Ordinal);
        }

        Assert.Equal(OfficialCalendar.Load().Entries, HolidayFile.Parse(text));
    }

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
