using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Statistics;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Reports;

/// <summary>The snapshot rows of one month, named from the organisation: the only source of the reports' numbers.</summary>
public sealed record MonthSnapshot(
    DateOnly Month, DateTimeOffset CreatedAt, ScopeLine Centre, IReadOnlyList<ScopeLine> Units, IReadOnlyList<(ScopeLine Line, int UnitId)> Windows,
    IReadOnlyList<(ScopeLine Line, int UnitId)> Staff);

public sealed class MonthlySnapshotReader(IDbContextFactory<AppDbContext> dbFactory, OrganisationDirectory organisation)
{
    /// <summary>The months that have a snapshot, newest first.</summary>
    public async Task<IReadOnlyList<DateOnly>> MonthsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var keys = await db.MonthlySnapshots.AsNoTracking().Where(s => s.Scope == MonthlySnapshots.Centre)
            .Select(s => s.Month).Distinct().ToListAsync(ct);
        return [.. keys.Select(Parse).OfType<DateOnly>().OrderDescending()];
    }

    /// <summary>The month's snapshot, or null when none has been written yet.</summary>
    public async Task<MonthSnapshot?> LoadAsync(DateOnly month, CancellationToken ct = default)
    {
        var key = MonthlySnapshots.Key(month);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.MonthlySnapshots.AsNoTracking().Where(s => s.Month == key).ToListAsync(ct);
        var centre = rows.FirstOrDefault(r => r.Scope == MonthlySnapshots.Centre);
        if (centre is null)
        {
            return null;
        }
        var org = await organisation.LoadAsync(ct);
        ScopeLine Line(MonthlySnapshot r, string name) => new(r.ScopeId, name, r.Counts, r.Ratings, r.OverdueOpenAtEnd);
        return new MonthSnapshot(
            month,
            centre.CreatedAt,
            Line(centre, ""),
            [.. rows.Where(r => r.Scope == MonthlySnapshots.Unit).Select(r => Line(r, org.UnitName(r.ScopeId)))],
            [.. rows.Where(r => r.Scope == MonthlySnapshots.Window)
                .Select(r => (Line(r, org.WindowName(r.ScopeId)), org.Windows.FirstOrDefault(w => w.Id == r.ScopeId)?.UnitId ?? 0))],
            [.. rows.Where(r => r.Scope == MonthlySnapshots.Staff)
                .Select(r => (Line(r, org.StaffName(r.ScopeId)), org.Staff.FirstOrDefault(s => s.Id == r.ScopeId)?.UnitId ?? 0))]);
    }

    public static DateOnly? Parse(string? month) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            ? d : null;
}
