using System.Globalization;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using Microsoft.AspNetCore.WebUtilities;

namespace ComplaintMonitor.Web.Features.Performance;

/// <summary>The level a scorecard or a list is about: the whole centre, or one respondent unit, window or staff member .</summary>
public enum Scope
{
    Centre,
    Unit,
    Window,
    Staff,
}

/// <summary>
/// Every count a drill-down list can stand for: each <see cref="Domain.Statistics.StatCounts"/> property (same name, same
/// semantics as the rollup) plus <see cref="OverdueOpen"/>, the open cases whose handling deadline is past now.
/// </summary>
public enum CaseMetric
{
    Registered,
    Accepted,
    Rejected,
    Closed,
    ClosedOnTime,
    ClosedNotAnonymous,
    ClosedVisited,
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
    Upheld,
    PartlyUpheld,
    NotUpheld,
    ClosedReopened,
    LookBackConsolidated,
    LookBackRebounded,
    BadRatingsRealName,
    BadRatingsRealNameVisitedRectified,
    OverdueOpen,
}

/// <summary>The 好差评 counts a rating list can stand for (per <see cref="Domain.Evaluations.EvaluationCounts"/>).</summary>
public enum RatingMetric
{
    /// <summary>All counting ratings (误评/恶意 excluded).</summary>
    Ratings,
    Good,
    Bad,
    Excluded,
}

/// <summary>Quick picks of the period filter.</summary>
public enum PeriodPreset
{
    ThisMonth,
    LastMonth,
    ThisYear,
    Custom,
}

/// <summary>
/// The drill-down filters, kept in the query string so every link is shareable:
/// <c>?from=2026-11-01&amp;to=2026-11-30&amp;channel=Phone&amp;category=Efficiency</c> (inclusive Asia/Shanghai dates; this month by default).
/// </summary>
public sealed record DrilldownFilter(DateOnly From, DateOnly To, Channel? Channel = null, ComplaintCategory? Category = null)
{
    public static DrilldownFilter ThisMonth(DateOnly today) => new(new DateOnly(today.Year, today.Month, 1), MonthEnd(today));

    public static DrilldownFilter Preset(PeriodPreset preset, DateOnly today, DrilldownFilter current) => preset switch
    {
        PeriodPreset.LastMonth => current with { From = new DateOnly(today.Year, today.Month, 1).AddMonths(-1), To = new DateOnly(today.Year, today.Month, 1).AddDays(-1) },
        PeriodPreset.ThisYear => current with { From = new DateOnly(today.Year, 1, 1), To = new DateOnly(today.Year, 12, 31) },
        PeriodPreset.ThisMonth => current with { From = new DateOnly(today.Year, today.Month, 1), To = MonthEnd(today) },
        _ => current,
    };

    /// <summary>Which quick pick this period is, or Custom.</summary>
    public PeriodPreset PresetOf(DateOnly today) =>
        Enum.GetValues<PeriodPreset>().Where(p => p != PeriodPreset.Custom).FirstOrDefault(p => Preset(p, today, this) == this, PeriodPreset.Custom);

    /// <summary>The same period one month earlier: what "trend vs last month" compares with.</summary>
    public DrilldownFilter PreviousMonth() => this with
    {
        From = From.AddMonths(-1),
        // A period ending on a month's last day compares with the whole previous month (30 Nov → 31 Oct).
        To = To == MonthEnd(To) ? MonthEnd(To.AddMonths(-1)) : To.AddMonths(-1),
    };

    public static DrilldownFilter FromUri(string uri, DateOnly today)
    {
        var values = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost/"), uri).Query);
        string? Get(string key) => values.TryGetValue(key, out var v) ? v.ToString() : null;
        var fallback = ThisMonth(today);
        var from = ParseDate(Get("from")) ?? fallback.From;
        var to = ParseDate(Get("to")) ?? (ParseDate(Get("from")) is null ? fallback.To : from);
        if (to < from)
        {
            (from, to) = (to, from);
        }
        return new DrilldownFilter(from, to, ParseEnum<Channel>(Get("channel")), ParseEnum<ComplaintCategory>(Get("category")));
    }

    /// <summary>The filter's part of a query string.</summary>
    public IEnumerable<KeyValuePair<string, string?>> QueryValues() =>
    [
        new("from", Iso(From)),
        new("to", Iso(To)),
        new("channel", Channel?.ToString()),
        new("category", Category?.ToString()),
    ];

    public string ToUri(string path) => QueryHelpers.AddQueryString(path, QueryValues().Where(kv => kv.Value is not null));

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static TEnum? ParseEnum<TEnum>(string? value)
        where TEnum : struct, Enum =>
        !string.IsNullOrEmpty(value) && !char.IsAsciiDigit(value[0]) && Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed)
            && Enum.IsDefined(parsed) ? parsed : null;

    internal static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static DateOnly MonthEnd(DateOnly d) => new DateOnly(d.Year, d.Month, 1).AddMonths(1).AddDays(-1);
}

/// <summary>
/// The URL contract of the lists behind every number (the wall dashboard links here too):
/// <c>/statistics/cases?metric=Closed&amp;scope=window&amp;id=5&amp;from=2026-11-01&amp;to=2026-11-30[&amp;channel=…][&amp;category=…]</c> and
/// <c>/statistics/ratings?metric=Bad&amp;scope=unit&amp;id=2&amp;from=…&amp;to=…</c>.
/// </summary>
public static class DrilldownLinks
{
    public const string CasesPath = "/statistics/cases";
    public const string RatingsPath = "/statistics/ratings";

    public static string Cases(CaseMetric metric, Scope scope, int id, DrilldownFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return QueryHelpers.AddQueryString(CasesPath, new KeyValuePair<string, string?>[]
        {
            new("metric", metric.ToString()), new("scope", ScopeName(scope)), new("id", id.ToString(CultureInfo.InvariantCulture)),
        }.Concat(filter.QueryValues().Where(kv => kv.Value is not null)));
    }

    /// <summary>Ratings have their own channels and no category: only the period goes along.</summary>
    public static string Ratings(RatingMetric metric, Scope scope, int id, DrilldownFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return QueryHelpers.AddQueryString(RatingsPath, new KeyValuePair<string, string?>[]
        {
            new("metric", metric.ToString()), new("scope", ScopeName(scope)), new("id", id.ToString(CultureInfo.InvariantCulture)),
            new("from", DrilldownFilter.Iso(filter.From)), new("to", DrilldownFilter.Iso(filter.To)),
        });
    }

    /// <summary>The scorecard page of a scope.</summary>
    public static string Page(Scope scope, int id, DrilldownFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var path = scope switch
        {
            Scope.Unit => $"/statistics/units/{id}",
            Scope.Window => $"/statistics/windows/{id}",
            Scope.Staff => $"/statistics/staff/{id}",
            _ => "/statistics",
        };
        return filter.ToUri(path);
    }

    public static string ScopeName(Scope scope) => scope.ToString().ToLowerInvariant();

    /// <summary>Reads metric, scope and id of a list URL; null when any is missing or malformed.</summary>
    public static (TMetric Metric, Scope Scope, int Id)? Parse<TMetric>(string uri)
        where TMetric : struct, Enum
    {
        var values = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost/"), uri).Query);
        string? Get(string key) => values.TryGetValue(key, out var v) ? v.ToString() : null;
        var metric = DrilldownFilter.ParseEnum<TMetric>(Get("metric"));
        var scope = DrilldownFilter.ParseEnum<Scope>(Get("scope"));
        var id = int.TryParse(Get("id"), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : (int?)null;
        if (metric is null || scope is null)
        {
            return null;
        }
        // The centre has no id; 0 stands for it.
        return scope == Scope.Centre ? (metric.Value, Scope.Centre, 0) : id is { } v ? (metric.Value, scope.Value, v) : null;
    }

    /// <summary>Today in China, for the default period.</summary>
    public static DateOnly Today(TimeProvider time) => ChinaTime.Today(time);
}
