using ComplaintMonitor.Domain;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Tests.Web.Components;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Features.Admin;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Tests.Web.Features.Admin;

/// <summary>Units 10 and 11, window 1 (A01, unit 10), staff 100 and 200 (unit 10, window 1) and 101 (unit 11): see <see cref="TestDatabase"/>.</summary>
public sealed class OrganisationAdminTests : IAsyncLifetime
{
    private readonly CultureScope _culture = CultureScope.Use("zh-CN");
    private TestDatabase _db = default!;
    private OrganisationAdmin _admin = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _admin = new OrganisationAdmin(_db.Factory, Localizers.Shared);
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        _culture.Dispose();
    }

    [Fact]
    public async Task Snapshot_lists_units_windows_and_staff_with_names_and_counts()
    {
        var org = await _admin.LoadAsync();

        var unit = Assert.Single(org.Units, u => u.Code == "U10");
        Assert.Equal((1, 2), (unit.WindowCount, unit.StaffCount));
        Assert.Equal("测试单位甲", Assert.Single(org.Windows).UnitName);
        Assert.Equal("A01", Assert.Single(org.Staff, s => s.StaffNo == "S100").WindowCode);
        Assert.Null(Assert.Single(org.Staff, s => s.StaffNo == "S101").WindowCode);
    }

    [Fact]
    public async Task A_new_unit_with_a_code_in_use_is_refused_in_Chinese_and_nothing_is_saved()
    {
        var ex = await Assert.ThrowsAsync<DomainException>(() => _admin.SaveUnitAsync(new UnitForm { Code = " U10 ", Name = "重复单位" }));

        Assert.Equal("单位编码“U10”已被使用，未保存", ex.Message);
        Assert.Equal(2, await CountAsync(db => db.Units));
    }

    [Fact]
    public async Task Renaming_a_unit_and_naming_its_head_is_saved()
    {
        await _admin.SaveUnitAsync(new UnitForm { Id = 10, Code = "U10", Name = "市场监督管理局", HeadStaffId = 100 });

        var unit = Assert.Single((await _admin.LoadAsync()).Units, u => u.Id == 10);
        Assert.Equal(("市场监督管理局", "承办甲"), (unit.Name, unit.HeadName));
    }

    [Fact]
    public async Task The_head_must_work_in_the_unit()
    {
        var ex = await Assert.ThrowsAsync<DomainException>(() => _admin.SaveUnitAsync(new UnitForm { Id = 10, Code = "U10", Name = "改名", HeadStaffId = 101 }));

        Assert.Equal("负责人须为本单位的工作人员", ex.Message);
        Assert.Equal("测试单位甲", Assert.Single((await _admin.LoadAsync()).Units, u => u.Id == 10).Name);
    }

    [Fact]
    public async Task A_window_code_in_use_is_refused_and_nothing_is_saved()
    {
        var ex = await Assert.ThrowsAsync<DomainException>(() => _admin.SaveWindowAsync(new WindowForm { Code = "A01", Name = "二号窗口", UnitId = 11 }));

        Assert.Equal("窗口编号“A01”已被使用，未保存", ex.Message);
        Assert.Equal(1, await CountAsync(db => db.Windows));
    }

    [Fact]
    public async Task A_window_needs_a_unit()
    {
        var ex = await Assert.ThrowsAsync<DomainException>(() => _admin.SaveWindowAsync(new WindowForm { Code = "B01", Name = "二号窗口" }));

        Assert.Equal("请选择所属单位", ex.Message);
    }

    [Fact]
    public async Task A_window_with_staff_cannot_move_to_another_unit()
    {
        var ex = await Assert.ThrowsAsync<DomainException>(() => _admin.SaveWindowAsync(new WindowForm { Id = 1, Code = "A01", Name = "一号窗口", UnitId = 11 }));

        Assert.Equal("该窗口还有工作人员，不能改变所属单位", ex.Message);
    }

    [Fact]
    public async Task A_staff_number_in_use_is_refused_and_nothing_is_saved()
    {
        var ex = await Assert.ThrowsAsync<DomainException>(() => _admin.SaveStaffAsync(new StaffForm { StaffNo = "S100", Name = "新人", UnitId = 10 }));

        Assert.Equal("工号“S100”已被使用，未保存", ex.Message);
        Assert.Equal(3, await CountAsync(db => db.Staff));
    }

    [Fact]
    public async Task Staff_cannot_sit_at_a_window_of_another_unit()
    {
        var ex = await Assert.ThrowsAsync<DomainException>(() => _admin.SaveStaffAsync(new StaffForm { StaffNo = "S300", Name = "新人", UnitId = 11, WindowId = 1 }));

        Assert.Equal("窗口“A01”不属于所选单位", ex.Message);
        Assert.Equal(3, await CountAsync(db => db.Staff));
    }

    [Fact]
    public async Task A_blank_name_is_reported_in_Chinese()
    {
        var ex = await Assert.ThrowsAsync<DomainException>(() => _admin.SaveStaffAsync(new StaffForm { StaffNo = "S300", Name = " ", UnitId = 10 }));

        Assert.Equal("请填写姓名", ex.Message);
    }

    [Fact]
    public async Task Moving_staff_moves_the_account_bound_to_them()
    {
        await using (var db = await _db.Factory.CreateDbContextAsync())
        {
            db.Users.Add(new AppUser { Id = "u-100", UserName = "handler", DisplayName = "承办甲", StaffId = 100, UnitId = 10, WindowId = 1 });
            await db.SaveChangesAsync();
        }

        await _admin.SaveStaffAsync(new StaffForm { Id = 100, StaffNo = "S100", Name = "承办甲", UnitId = 11, WindowId = null, Active = true });

        await using var check = await _db.Factory.CreateDbContextAsync();
        var user = await check.Users.SingleAsync(u => u.Id == "u-100");
        Assert.Equal((11, (int?)null), (user.UnitId, user.WindowId));
        Assert.Equal(11, (await check.Staff.SingleAsync(s => s.Id == 100)).UnitId);
    }

    [Fact]
    public async Task New_staff_and_windows_are_saved()
    {
        var windowId = await _admin.SaveWindowAsync(new WindowForm { Code = "B01", Name = "乙单位窗口", UnitId = 11 });
        await _admin.SaveStaffAsync(new StaffForm { StaffNo = "S300", Name = "新人", UnitId = 11, WindowId = windowId, Active = false });

        var org = await _admin.LoadAsync();
        var staff = Assert.Single(org.Staff, s => s.StaffNo == "S300");
        Assert.Equal(("B01", false), (staff.WindowCode, staff.Active));
    }

    private async Task<int> CountAsync<T>(Func<AppDbContext, IQueryable<T>> set)
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        return await set(db).CountAsync();
    }
}
