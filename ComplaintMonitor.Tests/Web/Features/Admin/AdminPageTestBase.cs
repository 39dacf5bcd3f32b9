using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Tests.Web.Components;
using ComplaintMonitor.Web.Features.Admin;
using ComplaintMonitor.Web.Security;

namespace ComplaintMonitor.Tests.Web.Features.Admin;

/// <summary>bUnit with the admin services on a real migrated database (<see cref="TestDatabase"/>), signed in as an administrator.</summary>
public abstract class AdminPageTestBase : ComponentTestBase
{
    private readonly CultureScope _culture = CultureScope.Use("zh-CN");

    protected TestDatabase Db { get; private set; } = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Db = Database;
        Ctx.Services.AddAdmin();
        await SignInAsync(AppRoles.Admin, "admin", "系统管理员");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _culture.Dispose();
    }
}
