using System.Globalization;
using System.Runtime.CompilerServices;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Web.Components.Shared;
using ComplaintMonitor.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Web.Features.Performance;

/// <summary>The exact case list behind a number, for Excel/CSV: the list's own query, page by page (no identity in it).</summary>
public sealed class CaseListExport(CaseListQuery cases, IStringLocalizer<SharedResource> l)
{
    public const int PageSize = 2_000;

    public IReadOnlyList<string> Headers =>
    [
        l["Column.CaseNumber"], l["Drill.Column.Registered"], l["Drill.Column.ClosedOn"], l["Column.Status"], l["Column.Respondent"],
        l["Column.Deadline"], l["Export.DueOn"],
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(CaseListRequest request, [EnumeratorCancellation] CancellationToken ct = default)
    {
        CaseCursor? after = null;
        do
        {
            var page = await cases.ListAsync(request, after, PageSize, ct);
            foreach (var row in page.Rows)
            {
                yield return
                [
                    row.CaseNumber,
                    ChinaTime.ToLocal(row.RegisteredAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    row.ClosedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                    l.Of(row.Status),
                    Respondent(row),
                    row.Deadline is { } d ? l.Of(d.State) : "",
                    row.Deadline?.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                ];
            }
            after = page.Next;
        }
        while (after is not null);
    }

    public string Respondent(CaseListRow row) => row.RespondentType == RespondentType.Centre
        ? l.Of(RespondentType.Centre)
        : string.Join(" ", new[] { row.RespondentUnit, row.RespondentWindow, row.RespondentStaff }.Where(s => s.Length > 0));
}
