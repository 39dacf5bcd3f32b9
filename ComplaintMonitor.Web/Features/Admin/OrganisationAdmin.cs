using ComplaintMonitor.Domain;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Web.Features.Admin;

public sealed record UnitRow(int Id, string Code, string Name, int? HeadStaffId, string? HeadName, bool Active, int WindowCount, int StaffCount);

public sealed record WindowRow(int Id, string Code, string Name, int UnitId, string UnitName, bool Active, int StaffCount);

public sealed record StaffRow(int Id, string StaffNo, string Name, int UnitId, string UnitName, int? WindowId, string? WindowCode, bool Active);

public sealed record OrganisationSnapshot(IReadOnlyList<UnitRow> Units, IReadOnlyList<WindowRow> Windows, IReadOnlyList<StaffRow> Staff);

/// <summary>An administrator's edit of a unit (进驻单位); <see cref="Id"/> is null for a new one.</summary>
public sealed class UnitForm
{
    public int? Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int? HeadStaffId { get; set; }
    public bool Active { get; set; } = true;

    public static UnitForm From(UnitRow row) => new() { Id = row.Id, Code = row.Code, Name = row.Name, HeadStaffId = row.HeadStaffId, Active = row.Active };
}

/// <summary>An administrator's edit of a service window; <see cref="Id"/> is null for a new one.</summary>
public sealed class WindowForm
{
    public int? Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int? UnitId { get; set; }
    public bool Active { get; set; } = true;

    public static WindowForm From(WindowRow row) => new() { Id = row.Id, Code = row.Code, Name = row.Name, UnitId = row.UnitId, Active = row.Active };
}

/// <summary>An administrator's edit of a staff member; <see cref="Id"/> is null for a new one.</summary>
public sealed class StaffForm
{
    public int? Id { get; set; }
    public string StaffNo { get; set; } = "";
    public string Name { get; set; } = "";
    public int? UnitId { get; set; }
    public int? WindowId { get; set; }
    public bool Active { get; set; } = true;

    public static StaffForm From(StaffRow row) => new() { Id = row.Id, StaffNo = row.StaffNo, Name = row.Name, UnitId = row.UnitId, WindowId = row.WindowId, Active = row.Active };
}

/// <summary>
/// Units, windows and staff as the administrator sees and edits them. Every save checks everything first (unique codes,
/// window of the same unit …) and writes nothing when a check fails; the failure is a <see cref="DomainException"/>
/// with a message for the user.
/// </summary>
public sealed class OrganisationAdmin(IDbContextFactory<AppDbContext> dbFactory, IStringLocalizer<SharedResource> localizer)
{
    public async Task<OrganisationSnapshot> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Code).ToListAsync(ct);
        var windows = await db.Windows.AsNoTracking().OrderBy(w => w.Code).ToListAsync(ct);
        var staff = await db.Staff.AsNoTracking().OrderBy(s => s.StaffNo).ToListAsync(ct);

        var unitNames = units.ToDictionary(u => u.Id, u => u.Name);
        var windowCodes = windows.ToDictionary(w => w.Id, w => w.Code);
        var staffNames = staff.ToDictionary(s => s.Id, s => s.Name);
        return new OrganisationSnapshot(
            [.. units.Select(u => new UnitRow(u.Id, u.Code, u.Name, u.HeadStaffId,
                u.HeadStaffId is { } h ? staffNames.GetValueOrDefault(h) : null, u.Active,
                windows.Count(w => w.UnitId == u.Id), staff.Count(s => s.UnitId == u.Id)))],
            [.. windows.Select(w => new WindowRow(w.Id, w.Code, w.Name, w.UnitId, unitNames.GetValueOrDefault(w.UnitId, ""), w.Active,
                staff.Count(s => s.WindowId == w.Id)))],
            [.. staff.Select(s => new StaffRow(s.Id, s.StaffNo, s.Name, s.UnitId, unitNames.GetValueOrDefault(s.UnitId, ""), s.WindowId,
                s.WindowId is { } wid ? windowCodes.GetValueOrDefault(wid) : null, s.Active))]);
    }

    public async Task<int> SaveUnitAsync(UnitForm form, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var code = Required(form.Code, "Org.UnitCode");
        var name = Required(form.Name, "Org.UnitName");
        if (await db.Units.AnyAsync(u => u.Code == code && u.Id != form.Id, ct))
        {
            throw Problem("Org.UnitCodeTaken", code);
        }
        ServiceUnit unit;
        if (form.Id is { } id)
        {
            unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw Problem("Org.NotFound");
            unit.Update(code, name);
        }
        else
        {
            unit = new ServiceUnit(code, name);
            db.Units.Add(unit);
        }
        if (form.HeadStaffId is { } head
            && (form.Id is null || !await db.Staff.AnyAsync(s => s.Id == head && s.UnitId == form.Id, ct)))
        {
            throw Problem("Org.HeadNotInUnit");
        }
        unit.HeadStaffId = form.HeadStaffId;
        unit.Active = form.Active;
        await SaveAsync(db, ct);
        return unit.Id;
    }

    public async Task<int> SaveWindowAsync(WindowForm form, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var code = Required(form.Code, "Org.WindowCode");
        var name = Required(form.Name, "Org.WindowName");
        var unitId = await ExistingUnitAsync(db, form.UnitId, ct);
        if (await db.Windows.AnyAsync(w => w.Code == code && w.Id != form.Id, ct))
        {
            throw Problem("Org.WindowCodeTaken", code);
        }
        ServiceWindow window;
        if (form.Id is { } id)
        {
            window = await db.Windows.SingleOrDefaultAsync(w => w.Id == id, ct) ?? throw Problem("Org.NotFound");
            if (window.UnitId != unitId && await db.Staff.AnyAsync(s => s.WindowId == id, ct))
            {
                throw Problem("Org.WindowHasStaff");
            }
            window.Update(code, name, unitId);
        }
        else
        {
            window = new ServiceWindow(code, name, unitId);
            db.Windows.Add(window);
        }
        window.Active = form.Active;
        await SaveAsync(db, ct);
        return window.Id;
    }

    /// <summary>Saves a staff member; accounts bound to them follow a move to another unit or window.</summary>
    public async Task<int> SaveStaffAsync(StaffForm form, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var staffNo = Required(form.StaffNo, "Org.StaffNo");
        var name = Required(form.Name, "Org.StaffName");
        var unitId = await ExistingUnitAsync(db, form.UnitId, ct);
        if (await db.Staff.AnyAsync(s => s.StaffNo == staffNo && s.Id != form.Id, ct))
        {
            throw Problem("Org.StaffNoTaken", staffNo);
        }
        var window = form.WindowId is { } windowId
            ? await db.Windows.AsNoTracking().SingleOrDefaultAsync(w => w.Id == windowId, ct) ?? throw Problem("Org.NotFound")
            : null;
        if (window is not null && window.UnitId != unitId)
        {
            throw Problem("Org.WindowNotInUnit", window.Code);
        }

        StaffMember staff;
        if (form.Id is { } id)
        {
            staff = await db.Staff.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw Problem("Org.NotFound");
            if (staff.UnitId != unitId && await db.Units.AnyAsync(u => u.HeadStaffId == id, ct))
            {
                throw Problem("Org.StaffIsHead");
            }
            staff.Update(staffNo, name, unitId, window);
            foreach (var user in await db.Users.Where(u => u.StaffId == id).ToListAsync(ct))
            {
                user.UnitId = unitId;
                user.WindowId = window?.Id;
            }
        }
        else
        {
            staff = StaffMember.Create(staffNo, name, unitId, window);
            db.Staff.Add(staff);
        }
        staff.Active = form.Active;
        await SaveAsync(db, ct);
        return staff.Id;
    }

    private async Task<int> ExistingUnitAsync(AppDbContext db, int? unitId, CancellationToken ct) =>
        unitId is { } id && await db.Units.AnyAsync(u => u.Id == id, ct) ? id : throw Problem("Org.UnitRequired");

    private string Required(string value, string fieldKey) =>
        string.IsNullOrWhiteSpace(value) ? throw Problem("Org.Required", localizer[fieldKey]) : value.Trim();

    // The checks above run first; the unique indexes still catch two administrators saving the same code at once.
    private async Task SaveAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw Problem("Org.SaveConflict");
        }
    }

    private DomainException Problem(string key, params object[] arguments) => new(localizer[key, arguments]);
}
