using System.Globalization;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Components.Shared;
using ComplaintMonitor.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Web.Features.Wall;

/// <summary>How the wall writes numbers, rates, actions and times.</summary>
public static class WallText
{
    public static string Number(long n) => n.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A rate as a percentage with one decimal, or "—" when there is nothing to divide by.</summary>
    public static string Percent(Ratio r) => r.Value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Percent(double target) => (target * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>A workflow action (or the registration) by its localised name, as in the case timeline.</summary>
    public static string Action(IStringLocalizer<SharedResource> l, string action)
    {
        ArgumentNullException.ThrowIfNull(l);
        return Enum.TryParse<ComplaintAction>(action, out var a) && Enum.IsDefined(a) ? l.Of(a)
            : l[$"HistoryAction.{action}"] is { ResourceNotFound: false } name ? name.Value
            : action;
    }

    public static string Time(DateTimeOffset at) => ChinaTimeText(at, "HH:mm:ss");

    /// <summary>The time of an event today, with its date when it was earlier.</summary>
    public static string Moment(DateTimeOffset at, DateOnly today) =>
        Domain.Calendar.ChinaTime.DateOf(at) == today ? Time(at) : ChinaTimeText(at, "MM-dd HH:mm");

    public static string Clock(DateTimeOffset at) => ChinaTimeText(at, "yyyy-MM-dd HH:mm");

    private static string ChinaTimeText(DateTimeOffset at, string format) =>
        Domain.Calendar.ChinaTime.ToLocal(at).ToString(format, CultureInfo.InvariantCulture);
}
