namespace ComplaintMonitor.Domain.Organisation;

/// <summary>进驻单位: a department stationed in the centre. The centre itself is the root and has no parent.</summary>
public sealed class ServiceUnit
{
    private ServiceUnit() { }

    public ServiceUnit(string code, string name)
    {
        Code = Require(code, "单位编码");
        Name = Require(name, "单位名称");
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int? HeadStaffId { get; set; }
    public bool Active { get; set; } = true;

    public void Rename(string name) => Name = Require(name, "单位名称");

    /// <summary>Changes code and name together (an administrator's edit); uniqueness of the code is the store's concern.</summary>
    public void Update(string code, string name)
    {
        var newCode = Require(code, "单位编码");
        Name = Require(name, "单位名称");
        Code = newCode;
    }

    internal static string Require(string value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"{what}不能为空") : value.Trim();
}
