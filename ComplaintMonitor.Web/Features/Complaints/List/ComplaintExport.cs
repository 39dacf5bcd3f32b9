using System.Globalization;
using System.Runtime.CompilerServices;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Domain.Privacy;
using ComplaintMonitor.Web.Components.Shared;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Features.Exports;
using ComplaintMonitor.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Web.Features.Complaints.List;

/// <summary>
/// The register's rows for an export: the register's own query (same filters, same visibility: a handler exports only
/// what they may see), page by page, with the complainant always masked whoever exports.
/// </summary>
public sealed class ComplaintExport(ComplaintListQuery query, IDbContextFactory<AppDbContext> dbFactory, IStringLocalizer<SharedResource> l)
{
    public const int PageSize = 2_000;

    public string FileBaseName => l["Export.RegisterFile"];

    public IReadOnlyList<string> Headers =>
    [
        l["Column.CaseNumber"], l["Column.ReceivedAt"], l["Column.Channel"], l["Column.Category"], l["Column.Respondent"],
        l["Column.Status"], l["Column.Deadline"], l["Export.DueOn"], l["Column.LeadUnit"], l["Export.Complainant"], l["Export.ComplainantPhone"],
    ];

    public ExportRequest Request(ComplaintFilter filter, Actor actor, ComplaintSort sort = ComplaintSort.RegisteredDesc) =>
        new(FileBaseName, Headers, ct => RowsAsync(filter, actor, sort, ct), async ct => await query.CountAllAsync(filter, actor, ct));

    public async IAsyncEnumerable<object?[]> RowsAsync(ComplaintFilter filter, Actor actor, ComplaintSort sort,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var page in query.PagesAsync(filter, actor, sort, PageSize, ct))
        {
            var identities = await IdentitiesAsync(page.Rows.Select(r => r.Id).ToList(), ct);
            foreach (var row in page.Rows)
            {
                var who = identities.GetValueOrDefault(row.Id);
                yield return
                [
                    row.CaseNumber,
                    ChinaTime.ToLocal(row.ReceivedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    l.Of(row.Channel),
                    l.Of(row.Category),
                    row.RespondentType == RespondentType.Centre
                        ? l.Of(RespondentType.Centre)
                        : string.Join(" ", new[] { row.RespondentUnit, row.RespondentWindow }.Where(s => s.Length > 0)),
                    l.Of(row.Status),
                    row.Deadline is { } d ? l.Of(d.State) : "",
                    row.Deadline?.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                    row.LeadUnit,
                    who is null or { Anonymous: true } ? l["Export.Anonymous"].Value : Masking.Name(who.Name),
                    who is null or { Anonymous: true } ? "" : Masking.Phone(who.Phone),
                ];
            }
        }
    }

    private sealed record Identity(long Id, string? Name, string? Phone, bool Anonymous);

    /// <summary>The complainants of one page, by primary key.</summary>
    private async Task<Dictionary<long, Identity>> IdentitiesAsync(List<long> ids, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new Identity(c.Id, c.Complainant.Name, c.Complainant.Phone, c.Complainant.Anonymous))
            .ToDictionaryAsync(i => i.Id, ct);
    }
}
