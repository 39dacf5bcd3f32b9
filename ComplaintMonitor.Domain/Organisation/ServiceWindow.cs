namespace ComplaintMonitor.Domain.Organisation;

/// <summary>服务窗口: a counter of a unit, known to the public and to rating devices by its code (e.g. A01).</summary>
public sealed class ServiceWindow
{
    private ServiceWindow() { }

    public ServiceWindow(string code, string name, int unitId)
    {
        Code = ServiceUnit.Require(code, "窗口编号");
        Name = ServiceUnit.Require(name, "窗口名称");
        UnitId = unitId;
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int UnitId { get; private set; }
    public bool Active { get; set; } = true;

    /// <summary>Changes code, name and unit together (an administrator's edit); nothing changes when a value is blank.</summary>
    public void Update(string code, string name, int unitId)
    {
        var newCode = ServiceUnit.Require(code, "窗口编号");
        var newName = ServiceUnit.Require(name, "窗口名称");
        Code = newCode;
        Name = newName;
        UnitId = unitId;
    }
}
