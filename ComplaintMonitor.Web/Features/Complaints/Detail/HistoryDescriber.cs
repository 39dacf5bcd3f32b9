using System.Globalization;
using System.Text.Json;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Components.Shared;
using ComplaintMonitor.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Web.Features.Complaints.Detail;

public sealed record HistoryDetail(string Label, string Value);

/// <summary>
/// Turns a history row into words: the action's name, the actor's role, and the payload's fields as labelled values
/// (reason codes, findings and results by name, units and staff by name). Fields without a label — the registration's
/// copy of the facts, the command's own action name — are left out; the payload is never shown as JSON.
/// </summary>
public sealed class HistoryDescriber(IStringLocalizer<SharedResource> l, OrgChart org)
{
    private static readonly string[] Order =
    [
        "Channel", "Form", "Category", "ReceivedAt", "Reasons", "NoticeText", "WhatIsMissing", "WhatWasSupplied", "LeadUnitId",
        "CoUnitIds", "HandlerStaffId", "OrderDueOn", "Instructions", "Finding", "InvestigationNotes", "Measures", "Responsibility",
        "Text", "Written", "Result", "Method", "Notes", "Reason", "Decision", "WorkingDays", "Kind", "From", "To", "Provisional",
        "ReopenCount", "Note",
    ];

    public string ActionName(string action) =>
        Enum.TryParse<ComplaintAction>(action, out var a) && Enum.IsDefined(a) ? l.Of(a)
        : l[$"HistoryAction.{action}"] is { ResourceNotFound: false } name ? name.Value
        : action;

    public string RoleName(string role) =>
        Enum.TryParse<UserRole>(role, out var r) && Enum.IsDefined(r) ? l.Of(r) : role;

    public IReadOnlyList<HistoryDetail> Details(HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(entry.Payload);
            root = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return [];
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            return [];
        }
        var details = new List<HistoryDetail>();
        foreach (var name in Order)
        {
            if (root.TryGetProperty(name, out var value) && Format(name, value) is { Length: > 0 } text)
            {
                details.Add(new HistoryDetail(l[$"Payload.{name}"], text));
            }
        }
        return details;
    }

    private string? Format(string name, JsonElement v) => (name, v.ValueKind) switch
    {
        (_, JsonValueKind.Null or JsonValueKind.Undefined) => null,
        ("Reasons", JsonValueKind.Array) => Join(v.EnumerateArray().Select(e => Named<RejectionReason>(e.GetString()))),
        ("CoUnitIds", JsonValueKind.Array) => Join(v.EnumerateArray().Select(e => e.TryGetInt32(out var id) ? org.UnitName(id) : null)),
        ("LeadUnitId", JsonValueKind.Number) => org.UnitName(v.GetInt32()),
        ("HandlerStaffId", JsonValueKind.Number) => org.StaffName(v.GetInt32()),
        ("Channel", _) => Named<Channel>(v.GetString()),
        ("Form", _) => Named<ComplaintForm>(v.GetString()),
        ("Category", _) => Named<ComplaintCategory>(v.GetString()),
        ("Finding", _) => Named<Finding>(v.GetString()),
        ("Result", _) => Named<VisitResult>(v.GetString()),
        ("Method", _) => Named<VisitMethod>(v.GetString()),
        ("Kind", _) => Named<DeadlineKind>(v.GetString()),
        ("ReceivedAt", JsonValueKind.String) => v.TryGetDateTimeOffset(out var at)
            ? ChinaTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : v.GetString(),
        (_, JsonValueKind.True) => l["Common.Yes"],
        (_, JsonValueKind.False) => l["Common.No"],
        (_, JsonValueKind.String) => v.GetString(),
        (_, JsonValueKind.Number) => v.GetRawText(),
        _ => null,
    };

    private string? Named<TEnum>(string? value)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, out var parsed) && Enum.IsDefined(parsed) ? l.Of(parsed) : value;

    private static string Join(IEnumerable<string?> parts) => string.Join("、", parts.Where(p => !string.IsNullOrEmpty(p)));
}
