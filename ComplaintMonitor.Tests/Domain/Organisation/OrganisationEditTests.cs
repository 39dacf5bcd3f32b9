using ComplaintMonitor.Domain;
using ComplaintMonitor.Domain.Organisation;

namespace ComplaintMonitor.Tests.Domain.Organisation;

public sealed class OrganisationEditTests
{
    [Fact]
    public void Unit_update_trims_and_changes_code_and_name()
    {
        var unit = new ServiceUnit("SW", "税务局");

        unit.Update(" SWJ ", " 国家税务局 ");

        Assert.Equal("SWJ", unit.Code);
        Assert.Equal("国家税务局", unit.Name);
    }

    [Theory]
    [InlineData("", "税务局", "单位编码不能为空")]
    [InlineData("SW", " ", "单位名称不能为空")]
    public void Unit_update_with_a_blank_value_changes_nothing(string code, string name, string message)
    {
        var unit = new ServiceUnit("SW", "税务局");

        var ex = Assert.Throws<DomainException>(() => unit.Update(code, name));

        Assert.Equal(message, ex.Message);
        Assert.Equal(("SW", "税务局"), (unit.Code, unit.Name));
    }

    [Fact]
    public void Window_update_moves_it_and_renames_it()
    {
        var window = new ServiceWindow("A01", "一号窗口", unitId: 1);

        window.Update("B02", "二号窗口", unitId: 2);

        Assert.Equal(("B02", "二号窗口", 2), (window.Code, window.Name, window.UnitId));
    }

    [Fact]
    public void Window_update_with_a_blank_name_changes_nothing()
    {
        var window = new ServiceWindow("A01", "一号窗口", unitId: 1);

        var ex = Assert.Throws<DomainException>(() => window.Update("B02", "", unitId: 2));

        Assert.Equal("窗口名称不能为空", ex.Message);
        Assert.Equal(("A01", "一号窗口", 1), (window.Code, window.Name, window.UnitId));
    }

    [Fact]
    public void Staff_are_seated_only_at_a_window_of_their_own_unit()
    {
        var window = new ServiceWindow("A01", "一号窗口", unitId: 1);

        var seated = StaffMember.Create("S001", "王伟", 1, window);
        var unseated = StaffMember.Create("S002", "李娜", 2, null);
        var ex = Assert.Throws<DomainException>(() => StaffMember.Create("S003", "张敏", 2, window));

        Assert.Equal((1, (int?)window.Id), (seated.UnitId, seated.WindowId));
        Assert.Null(unseated.WindowId);
        Assert.Equal("窗口“A01”不属于所选单位", ex.Message);
    }

    [Fact]
    public void Staff_update_changes_everything_or_nothing()
    {
        var window = new ServiceWindow("A01", "一号窗口", unitId: 1);
        var staff = StaffMember.Create("S001", "王伟", 1, window);

        Assert.Throws<DomainException>(() => staff.Update("S009", "王伟伟", 2, window));
        Assert.Equal(("S001", "王伟", 1), (staff.StaffNo, staff.Name, staff.UnitId));

        staff.Update(" S009 ", "王伟伟", 2, null);
        Assert.Equal(("S009", "王伟伟", 2, (int?)null), (staff.StaffNo, staff.Name, staff.UnitId, staff.WindowId));
    }
}
