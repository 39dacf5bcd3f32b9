namespace ComplaintMonitor.Domain.Organisation;

/// <summary>A staff member (工号 StaffNo) of a unit, usually seated at one window.</summary>
public sealed class StaffMember
{
    private StaffMember() { }

    public StaffMember(string staffNo, string name, int unitId, int? windowId)
    {
        StaffNo = ServiceUnit.Require(staffNo, "工号");
        Name = ServiceUnit.Require(name, "姓名");
        UnitId = unitId;
        WindowId = windowId;
    }

    public int Id { get; private set; }
    public string StaffNo { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int UnitId { get; private set; }
    public int? WindowId { get; private set; }
    public bool Active { get; set; } = true;

    /// <summary>A new staff member seated at <paramref name="window"/> (or at no window), which must belong to the same unit.</summary>
    public static StaffMember Create(string staffNo, string name, int unitId, ServiceWindow? window) =>
        new(staffNo, name, unitId, WindowOf(unitId, window));

    /// <summary>Changes 工号, name, unit and window together (an administrator's edit); nothing changes when a value is invalid.</summary>
    public void Update(string staffNo, string name, int unitId, ServiceWindow? window)
    {
        var newNo = ServiceUnit.Require(staffNo, "工号");
        var newName = ServiceUnit.Require(name, "姓名");
        var windowId = WindowOf(unitId, window);
        StaffNo = newNo;
        Name = newName;
        UnitId = unitId;
        WindowId = windowId;
    }

    private static int? WindowOf(int unitId, ServiceWindow? window) =>
        window is null ? null
        : window.UnitId == unitId ? window.Id
        : throw new DomainException($"窗口“{window.Code}”不属于所选单位");
}
