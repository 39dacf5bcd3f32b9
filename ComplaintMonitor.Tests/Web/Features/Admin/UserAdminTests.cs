using System.Net;
using ComplaintMonitor.Domain;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Tests.Web.Components;
using ComplaintMonitor.Tests.Web.Features.Account;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Features.Admin;
using ComplaintMonitor.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintMonitor.Tests.Web.Features.Admin;

public sealed class UserAdminTests(ComplaintMonitorApp app) : IClassFixture<ComplaintMonitorApp>, IAsyncLifetime
{
    private const string NewPassword = "Chunjie2027";
    private readonly CultureScope _culture = CultureScope.Use("zh-CN");
    private AsyncServiceScope _scope;
    private UserAdmin _users = default!;
    private string _adminId = "";

    public async Task InitializeAsync()
    {
        await app.SeedDemoAccountsAsync();
        _scope = app.Services.CreateAsyncScope();
        _users = _scope.ServiceProvider.GetRequiredService<UserAdmin>();
        _adminId = (await app.FindUserAsync("admin"))!.Id;
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        _culture.Dispose();
    }

    [Fact]
    public async Task The_list_shows_each_demo_account_with_its_role_and_staff()
    {
        var list = await _users.ListAsync();

        Assert.Equal(AppRoles.Leader, Assert.Single(list, u => u.UserName == "leader").Role);
        var handler = Assert.Single(list, u => u.UserName == "handler");
        Assert.Equal(AppRoles.Handler, handler.Role);
        Assert.StartsWith("SCJG001 ", handler.StaffLabel, StringComparison.Ordinal);
        Assert.Contains("（市场监督管理局）", handler.StaffLabel, StringComparison.Ordinal);
        Assert.All(list, u => Assert.False(u.LockedOut));
    }

    [Fact]
    public async Task A_handler_must_be_bound_to_a_staff_member()
    {
        var ex = await Assert.ThrowsAsync<DomainException>(() => _users.CreateAsync(Form("wangwu", AppRoles.Handler)));

        Assert.Equal("承办账户必须绑定一名工作人员", ex.Message);
        Assert.Null(await app.FindUserAsync("wangwu"));
    }

    [Fact]
    public async Task A_new_handler_takes_the_unit_and_window_of_their_staff_record_and_can_sign_in()
    {
        var staff = await FreeStaffAsync("GA");

        await _users.CreateAsync(Form("zhaoliu", AppRoles.Handler, staff.Id));

        var user = await app.FindUserAsync("zhaoliu");
        Assert.Equal((staff.Id, staff.UnitId, staff.WindowId), (user!.StaffId, user.UnitId, user.WindowId));
        using var client = await SignedInClient.CreateAsync(app, "zhaoliu", NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_staff_member_is_bound_to_one_account_only()
    {
        var handlerStaff = (await app.FindUserAsync("handler"))!.StaffId;

        var ex = await Assert.ThrowsAsync<DomainException>(() => _users.CreateAsync(Form("twin", AppRoles.Handler, handlerStaff)));

        Assert.Equal("该工作人员已绑定账户“handler”", ex.Message);
    }

    [Fact]
    public async Task Duplicate_user_names_and_weak_passwords_are_refused_in_Chinese()
    {
        var duplicate = await Assert.ThrowsAsync<DomainException>(() => _users.CreateAsync(Form("leader", AppRoles.Leader)));
        var weak = await Assert.ThrowsAsync<DomainException>(() => _users.CreateAsync(Form("weak", AppRoles.Leader) with { Password = "abc", ConfirmPassword = "abc" }));
        var noLetter = await Assert.ThrowsAsync<DomainException>(() => _users.CreateAsync(Form("digits", AppRoles.Leader) with { Password = "12345678", ConfirmPassword = "12345678" }));
        var mismatch = await Assert.ThrowsAsync<DomainException>(() => _users.CreateAsync(Form("typo", AppRoles.Leader) with { ConfirmPassword = "Other2027" }));

        Assert.Equal("用户名“leader”已被使用", duplicate.Message);
        Assert.Contains("密码至少需要 8 位", weak.Message, StringComparison.Ordinal);
        Assert.Contains("密码须包含至少一个数字", weak.Message, StringComparison.Ordinal);
        Assert.Equal("密码须包含至少一个字母", noLetter.Message);
        Assert.Equal("两次输入的密码不一致", mismatch.Message);
        Assert.Null(await app.FindUserAsync("weak"));
        Assert.Null(await app.FindUserAsync("digits"));
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_until_unlocked()
    {
        var id = await _users.CreateAsync(Form("locked1", AppRoles.Supervisor));

        await _users.SetLockedAsync(id, locked: true, _adminId);

        var row = Assert.Single(await _users.ListAsync(), u => u.Id == id);
        Assert.True(row.LockedByAdministrator);
        using var client = SignedInClient.Anonymous(app);
        var refused = await LoginTests.HtmlAsync(await SignedInClient.LoginAsync(client, "locked1", NewPassword));
        Assert.Contains("账户已锁定", refused, StringComparison.Ordinal);

        await _users.SetLockedAsync(id, locked: false, _adminId);

        Assert.False(Assert.Single(await _users.ListAsync(), u => u.Id == id).LockedOut);
        using var again = await SignedInClient.CreateAsync(app, "locked1", NewPassword);
    }

    [Fact]
    public async Task Administrators_cannot_lock_themselves_or_change_their_own_role()
    {
        var locking = await Assert.ThrowsAsync<DomainException>(() => _users.SetLockedAsync(_adminId, true, _adminId));
        var demoting = await Assert.ThrowsAsync<DomainException>(() => _users.ChangeRoleAsync(_adminId, AppRoles.Leader, null, _adminId));

        Assert.Equal("不能锁定自己或修改自己的角色", locking.Message);
        Assert.Equal(locking.Message, demoting.Message);
        Assert.Equal(AppRoles.Admin, Assert.Single(await _users.ListAsync(), u => u.Id == _adminId).Role);
    }

    [Fact]
    public async Task Changing_the_role_replaces_it_and_ends_the_users_sessions()
    {
        var id = await _users.CreateAsync(Form("mover", AppRoles.Supervisor));
        using var session = await SignedInClient.CreateAsync(app, "mover", NewPassword);
        var staff = await FreeStaffAsync("RS");

        await _users.ChangeRoleAsync(id, AppRoles.Handler, staff.Id, _adminId);

        var row = Assert.Single(await _users.ListAsync(), u => u.Id == id);
        Assert.Equal((AppRoles.Handler, (int?)staff.Id), (row.Role, row.StaffId));
        // The cookie is checked against the account every few minutes: the old session then ends.
        app.Time.Advance(TimeSpan.FromMinutes(6));
        var home = await session.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Contains("/account/login", home.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_to_handler_without_staff_is_refused_and_changes_nothing()
    {
        var id = await _users.CreateAsync(Form("stays", AppRoles.Leader));

        var ex = await Assert.ThrowsAsync<DomainException>(() => _users.ChangeRoleAsync(id, AppRoles.Handler, null, _adminId));

        Assert.Equal("承办账户必须绑定一名工作人员", ex.Message);
        Assert.Equal(AppRoles.Leader, Assert.Single(await _users.ListAsync(), u => u.Id == id).Role);
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one()
    {
        var id = await _users.CreateAsync(Form("forgetful", AppRoles.Leader));

        await _users.ResetPasswordAsync(id, "Zhongqiu2027", "Zhongqiu2027");

        using var client = SignedInClient.Anonymous(app);
        var old = await LoginTests.HtmlAsync(await SignedInClient.LoginAsync(client, "forgetful", NewPassword));
        Assert.Contains("用户名或密码错误", old, StringComparison.Ordinal);
        using var signedIn = await SignedInClient.CreateAsync(app, "forgetful", "Zhongqiu2027");
    }

    private static NewUserFormRecord Form(string userName, string role, int? staffId = null) =>
        new(userName, $"{userName} 姓名", role, staffId, NewPassword, NewPassword);

    private async Task<(int Id, int UnitId, int? WindowId)> FreeStaffAsync(string unitCode)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var bound = await db.Users.Where(u => u.StaffId != null).Select(u => u.StaffId).ToListAsync();
        var staff = await db.Staff.Where(s => db.Units.Any(u => u.Id == s.UnitId && u.Code == unitCode) && s.WindowId != null && !bound.Contains(s.Id))
            .OrderByDescending(s => s.Id).FirstAsync();
        return (staff.Id, staff.UnitId, staff.WindowId);
    }

    /// <summary>A form with value semantics, so a test can vary one field with <c>with</c>.</summary>
    private sealed record NewUserFormRecord(string UserName, string DisplayName, string Role, int? StaffId, string Password, string ConfirmPassword)
    {
        public static implicit operator NewUserForm(NewUserFormRecord r) => new()
        {
            UserName = r.UserName, DisplayName = r.DisplayName, Role = r.Role, StaffId = r.StaffId, Password = r.Password, ConfirmPassword = r.ConfirmPassword,
        };
    }
}
