using System.Globalization;
using System.Text;

namespace ComplaintMonitor.Domain.Calendar;

/// <summary>
/// Reads and writes the plain-text holiday format: one date a line, <c>DATE KIND NAME</c>
/// (e.g. <c>2026-02-14 work 春节</c>), KIND is <c>off</c> or <c>work</c>, fields separated by whitespace,
/// the name is the rest of the line. Blank lines and lines starting with <c>#</c> are ignored.
/// </summary>
public static class HolidayFile
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string OffKeyword = "off";
    private const string WorkKeyword = "work";

    /// <summary>Parses and validates a holiday file; the result is sorted by date.</summary>
    /// <exception cref="CalendarFormatException">The text is invalid; the message names the line.</exception>
    public static IReadOnlyList<HolidayEntry> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var entries = new List<HolidayEntry>();
        var lineOfDate = new Dictionary<DateOnly, int>();
        var lines = text.Split('\n');

        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i];
            if (i == 0)
            {
                line = line.TrimStart('\uFEFF');
            }

            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var rest = line.AsSpan();
            var dateToken = NextToken(ref rest);
            var kindToken = NextToken(ref rest);
            var name = rest.Trim().ToString();

            if (!DateOnly.TryParseExact(dateToken, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw Error(lineNumber, $"日期格式应为 YYYY-MM-DD：“{dateToken}”");
            }

            if (kindToken.Length == 0)
            {
                throw Error(lineNumber, $"缺少类型（off 或 work）：“{line}”");
            }

            DayKind kind;
            if (kindToken == OffKeyword)
            {
                kind = DayKind.Off;
            }
            else if (kindToken == WorkKeyword)
            {
                kind = DayKind.Work;
            }
            else
            {
                throw Error(lineNumber, $"类型只能是 off（放假）或 work（调休上班）：“{kindToken}”");
            }

            if (name.Length == 0)
            {
                throw Error(lineNumber, $"缺少节日名称：“{line}”");
            }

            if (lineOfDate.TryGetValue(date, out var firstLine))
            {
                throw Error(lineNumber, $"日期重复：“{dateToken}”已在第 {firstLine} 行出现");
            }

            if (kind == DayKind.Work && !IsWeekend(date))
            {
                throw Error(lineNumber, $"调休上班日必须是周六或周日：“{dateToken}”是{WeekdayName(date.DayOfWeek)}");
            }

            lineOfDate.Add(date, lineNumber);
            entries.Add(new HolidayEntry(date, kind, name));
        }

        if (entries.Count == 0)
        {
            throw new CalendarFormatException("节假日文件中没有任何日期条目");
        }

        entries.Sort((a, b) => a.Date.CompareTo(b.Date));
        return entries.AsReadOnly();
    }

    /// <summary>
    /// Writes entries in the same format, sorted by date, one <c>DATE KIND NAME</c> line each ("\n" line ends).
    /// <see cref="Parse"/> of the result gives the same entries back.
    /// </summary>
    /// <exception cref="ArgumentException">An entry could not be read back (duplicate date, blank or multi-line name, unknown kind).</exception>
    public static string Format(IEnumerable<HolidayEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);

        var sorted = entries.OrderBy(e => e.Date).ToList();
        var builder = new StringBuilder();
        DateOnly? previous = null;
        foreach (var entry in sorted)
        {
            if (previous == entry.Date)
            {
                throw new ArgumentException($"Duplicate date {Iso(entry.Date)}.", nameof(entries));
            }

            if (string.IsNullOrWhiteSpace(entry.Name) || entry.Name.Trim() != entry.Name || entry.Name.AsSpan().IndexOfAny('\r', '\n') >= 0)
            {
                throw new ArgumentException($"The name of {Iso(entry.Date)} must be non-blank, single-line and without surrounding whitespace.", nameof(entries));
            }

            var keyword = entry.Kind switch
            {
                DayKind.Off => OffKeyword,
                DayKind.Work => WorkKeyword,
                _ => throw new ArgumentException($"Unknown day kind {entry.Kind} on {Iso(entry.Date)}.", nameof(entries)),
            };

            builder.Append(Iso(entry.Date)).Append(' ').Append(keyword).Append(' ').Append(entry.Name).Append('\n');
            previous = entry.Date;
        }

        return builder.ToString();
    }

    private static string NextToken(ref ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        var end = 0;
        while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
        {
            end++;
        }

        var token = rest[..end].ToString();
        rest = rest[end..];
        return token;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static string Iso(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string WeekdayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "星期一",
        DayOfWeek.Tuesday => "星期二",
        DayOfWeek.Wednesday => "星期三",
        DayOfWeek.Thursday => "星期四",
        DayOfWeek.Friday => "星期五",
        DayOfWeek.Saturday => "星期六",
        _ => "星期日",
    };

    private static CalendarFormatException Error(int lineNumber, string detail) => new($"第 {lineNumber} 行：{detail}");
}
