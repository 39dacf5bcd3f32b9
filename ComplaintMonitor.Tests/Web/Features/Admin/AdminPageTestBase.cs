using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Tests.Web.Components;
using ComplaintMonitor.Web.Features.Admin;
using ComplaintMonitor.Web.Security;
using ComplaintMonitor.Web.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintMonitor.Tests.Web.Features.Admin;

/// <summary>bUnit with the admin services on a real migrated database (<see cref="TestDatabase"/>), signed in as an administrator.</summary>
public abstract class AdminPageTestBase : ComponentTestBase, IAsyncLifetime
{
    private readonly CultureScope _culture = CultureScope.Use("zh-CN");

    protected TestDatabase Db { get; private set; } = default!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync();
        Ctx.Services.AddSingleton(Db.Factory);
        Ctx.Services.AddSingleton(Db.Contexts);
        Ctx.Services.AddSingleton<TimeProvider>(Db.Time);
        Ctx.Services.AddLogging();
        Ctx.Services.AddScoped<CalendarImporter>();
        Ctx.Services.AddScoped<CurrentActor>();
        Ctx.Services.AddAdmin();
        await SignInAsync(AppRoles.Admin, "admin", "系统管理员");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Ctx.DisposeAsync();
        await Db.DisposeAsync();
        _culture.Dispose();
    }
}
