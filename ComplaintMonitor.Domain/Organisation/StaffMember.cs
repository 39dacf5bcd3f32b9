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
}
