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
}
