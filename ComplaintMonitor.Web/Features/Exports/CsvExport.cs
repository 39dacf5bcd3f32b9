using System.Globalization;
using System.Text;

namespace ComplaintMonitor.Web.Features.Exports;

/// <summary>
/// CSV as Excel opens it: UTF-8 with a byte-order mark (otherwise Excel reads Chinese as ANSI), RFC 4180 quoting and CRLF
/// line ends. Text starting with = + - @ (or a tab / carriage return) is prefixed with a quote so a spreadsheet never runs
/// it as a formula (CSV injection): complaint content is typed by the public.
/// </summary>
public static class CsvExport
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static async Task<long> WriteAsync(Stream stream, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows,
        Action<long>? rowWritten = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        await using var writer = new StreamWriter(stream, Utf8WithBom, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(Line(headers));
        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            await writer.WriteLineAsync(Line(row));
            rowWritten?.Invoke(++count);
        }
        await writer.FlushAsync(ct);
        return count;
    }

    public static string Line(IEnumerable<object?> cells) => string.Join(',', cells.Select(Cell));

    /// <summary>One field: guarded against formula injection, then quoted when it holds a comma, quote or line break.</summary>
    public static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            string s => Guard(s),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => Guard(value.ToString() ?? ""),
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static string Guard(string s) => s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + s : s;
}
