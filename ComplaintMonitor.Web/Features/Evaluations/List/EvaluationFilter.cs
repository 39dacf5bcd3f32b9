using System.Globalization;
using ComplaintMonitor.Domain.Evaluations;
using Microsoft.AspNetCore.WebUtilities;

namespace ComplaintMonitor.Web.Features.Evaluations.List;

/// <summary>
/// Filters of the ratings list, round-tripped through the query string so a dashboard number can link to its list:
/// <c>?from=2026-11-01&amp;to=2026-11-30&amp;unit=3&amp;window=5&amp;level=1&amp;bad=true&amp;appeal=Pending</c>
/// (<c>from</c>/<c>to</c>: inclusive rating dates in China). Unknown or malformed values are ignored.
/// </summary>
public sealed record EvaluationFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int? Unit { get; init; }
    public int? Window { get; init; }
    public EvaluationLevel? Level { get; init; }
    public bool BadOnly { get; init; }
    public AppealStatus? Appeal { get; init; }

    public static EvaluationFilter None { get; } = new();

    public static EvaluationFilter FromUri(string uri)
    {
        var values = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost/"), uri).Query);
        string? Get(string key) => values.TryGetValue(key, out var v) ? v.ToString() : null;
        return new EvaluationFilter
        {
            From = Date(Get("from")),
            To = Date(Get("to")),
            Unit = Int(Get("unit")),
            Window = Int(Get("window")),
            Level = Int(Get("level")) is { } l && EvaluationLevels.IsDefined(l) ? (EvaluationLevel)l : null,
            BadOnly = string.Equals(Get("bad"), "true", StringComparison.OrdinalIgnoreCase),
            Appeal = Enum.TryParse<AppealStatus>(Get("appeal"), ignoreCase: true, out var a) && Enum.IsDefined(a) && !char.IsAsciiDigit(Get("appeal")![0]) ? a : null,
        };
    }

    public string ToUri(string path)
    {
        var query = new Dictionary<string, string?>
        {
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["unit"] = Unit?.ToString(CultureInfo.InvariantCulture),
            ["window"] = Window?.ToString(CultureInfo.InvariantCulture),
            ["level"] = Level is { } l ? ((int)l).ToString(CultureInfo.InvariantCulture) : null,
            ["bad"] = BadOnly ? "true" : null,
            ["appeal"] = Appeal?.ToString(),
        };
        return QueryHelpers.AddQueryString(path, query.Where(kv => kv.Value is not null));
    }

    private static int? Int(string? v) => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;

    private static DateOnly? Date(string? v) =>
        DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
