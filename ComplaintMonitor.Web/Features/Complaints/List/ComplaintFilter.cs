using System.Globalization;
using ComplaintMonitor.Domain.Complaints;
using Microsoft.AspNetCore.WebUtilities;

namespace ComplaintMonitor.Web.Features.Complaints.List;

/// <summary>正常 / 黄灯 / 红灯 of a case's running deadlines (paused and finished clocks are neither).</summary>
public enum DeadlineFilter
{
    Normal,
    Yellow,
    Red,
}

/// <summary>
/// The register's filters, round-tripped through the query string so a link (e.g. from a dashboard) opens a filtered list:
/// <c>?status=Assigned&amp;deadline=red&amp;unit=3&amp;respondentUnit=4&amp;window=5&amp;channel=Phone&amp;category=Efficiency&amp;from=2026-11-01&amp;to=2026-11-30&amp;q=TS2026</c>.
/// <c>unit</c> is the lead unit (承办单位), <c>respondentUnit</c> the unit complained about, <c>window</c> the window complained
/// about; <c>from</c>/<c>to</c> are inclusive dates of receipt in China; unknown or malformed values are ignored.
/// </summary>
public sealed record ComplaintFilter
{
    public ComplaintStatus? Status { get; init; }
    public Channel? Channel { get; init; }
    public ComplaintCategory? Category { get; init; }
    public int? Unit { get; init; }
    public int? RespondentUnit { get; init; }
    public int? Window { get; init; }
    public DeadlineFilter? Deadline { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Text { get; init; }

    public static ComplaintFilter None { get; } = new();

    public bool IsEmpty => this == None;

    public static ComplaintFilter FromUri(string uri)
    {
        var query = new Uri(new Uri("http://localhost/"), uri).Query;
        var values = QueryHelpers.ParseQuery(query);
        string? Get(string key) => values.TryGetValue(key, out var v) ? v.ToString() : null;
        return new ComplaintFilter
        {
            Status = ParseEnum<ComplaintStatus>(Get("status")),
            Channel = ParseEnum<Channel>(Get("channel")),
            Category = ParseEnum<ComplaintCategory>(Get("category")),
            Unit = ParseInt(Get("unit")),
            RespondentUnit = ParseInt(Get("respondentUnit")),
            Window = ParseInt(Get("window")),
            Deadline = ParseEnum<DeadlineFilter>(Get("deadline")),
            From = ParseDate(Get("from")),
            To = ParseDate(Get("to")),
            Text = string.IsNullOrWhiteSpace(Get("q")) ? null : Get("q")!.Trim(),
        };
    }

    /// <summary>The path with this filter as its query string (only the filters that are set).</summary>
    public string ToUri(string path)
    {
        var query = new Dictionary<string, string?>
        {
            ["status"] = Status?.ToString(),
            ["deadline"] = Deadline?.ToString().ToLowerInvariant(),
            ["unit"] = Unit?.ToString(CultureInfo.InvariantCulture),
            ["respondentUnit"] = RespondentUnit?.ToString(CultureInfo.InvariantCulture),
            ["window"] = Window?.ToString(CultureInfo.InvariantCulture),
            ["channel"] = Channel?.ToString(),
            ["category"] = Category?.ToString(),
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["q"] = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
        };
        return QueryHelpers.AddQueryString(path, query.Where(kv => kv.Value is not null));
    }

    private static TEnum? ParseEnum<TEnum>(string? value)
        where TEnum : struct, Enum =>
        !string.IsNullOrEmpty(value) && !char.IsAsciiDigit(value[0]) && Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed)
            && Enum.IsDefined(parsed) ? parsed : null;

    private static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
