using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Complaints;

public sealed record UnitOption(int Id, string Name, bool Active);

public sealed record WindowOption(int Id, string Code, string Name, int UnitId, bool Active)
{
    public string Label => $"{Code} {Name}";
}

public sealed record StaffOption(int Id, string StaffNo, string Name, int UnitId, int? WindowId, bool Active)
{
    public string Label => $"{Name}（{StaffNo}）";
}

/// <summary>The organisation (units, windows, staff) as pick lists and names. The tables are small, so each read loads them whole.</summary>
public sealed record OrgChart(IReadOnlyList<UnitOption> Units, IReadOnlyList<WindowOption> Windows, IReadOnlyList<StaffOption> Staff)
{
    public static OrgChart Empty { get; } = new([], [], []);

    public string UnitName(int? id) => Units.FirstOrDefault(u => u.Id == id)?.Name ?? "";

    public string WindowName(int? id) => Windows.FirstOrDefault(w => w.Id == id)?.Label ?? "";

    public string WindowCode(int? id) => Windows.FirstOrDefault(w => w.Id == id)?.Code ?? "";

    public string StaffName(int? id) => Staff.FirstOrDefault(s => s.Id == id)?.Name ?? "";
}

public sealed class OrganisationDirectory(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<OrgChart> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Id)
            .Select(u => new UnitOption(u.Id, u.Name, u.Active)).ToListAsync(ct);
        var windows = await db.Windows.AsNoTracking().OrderBy(w => w.Code)
            .Select(w => new WindowOption(w.Id, w.Code, w.Name, w.UnitId, w.Active)).ToListAsync(ct);
        var staff = await db.Staff.AsNoTracking().OrderBy(s => s.StaffNo)
            .Select(s => new StaffOption(s.Id, s.StaffNo, s.Name, s.UnitId, s.WindowId, s.Active)).ToListAsync(ct);
        return new OrgChart(units, windows, staff);
    }
}
