using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Tests.Web.Components;
using ComplaintMonitor.Web.Features;
using ComplaintMonitor.Web.Localization;
using ComplaintMonitor.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace ComplaintMonitor.Tests.Web.Features.Complaints;

/// <summary>
/// bUnit for the complaint pages: MudBlazor, the zh-CN strings, the real feature services over a migrated
/// <see cref="TestDatabase"/>, and bUnit's fake sign-in. Composes the <see cref="BunitContext"/> (see ComponentTestBase).
/// </summary>
public abstract class ComplaintComponentTestBase : IAsyncLifetime
{
    // Set in the constructor so that it flows into the test method (an async InitializeAsync would restore it).
    private readonly CultureScope _culture = CultureScope.Use("zh-CN");

    protected BunitContext Ctx { get; } = new();

    protected TestDatabase Db { get; private set; } = null!;

    protected ComplaintCases Cases { get; private set; } = null!;

    private BunitAuthorizationContext Auth { get; set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync();
        Cases = new ComplaintCases(Db);
        Ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        Ctx.Services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.ShowTransitionDuration = 0;
            o.SnackbarConfiguration.HideTransitionDuration = 0;
        });
        Ctx.Services.AddLogging().AddAppLocalization();
        Ctx.Services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        Ctx.Services.AddSingleton(Db.Factory);
        Ctx.Services.AddSingleton<TimeProvider>(Db.Time);
        Ctx.Services.AddFeatures();
        Ctx.Services.AddSingleton(Db.Contexts);
        Auth = Ctx.AddAuthorization();
        SignInAs(ComplaintBuilder.Supervisor);
    }

    public async Task DisposeAsync()
    {
        await Ctx.DisposeAsync();
        await Db.DisposeAsync();
        _culture.Dispose();
    }

    /// <summary>Signs in as the actor with the policies its role has in production (Policies.AddAppPolicies).</summary>
    protected void SignInAs(Actor actor)
    {
        Auth.SetAuthorized(actor.DisplayName);
        Auth.SetRoles(actor.Role.ToString());
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, actor.UserId), new(AppClaims.DisplayName, actor.DisplayName)];
        if (actor.StaffId is { } staff)
        {
            claims.Add(new Claim(AppClaims.StaffId, staff.ToString(CultureInfo.InvariantCulture)));
        }
        if (actor.UnitId is { } unit)
        {
            claims.Add(new Claim(AppClaims.UnitId, unit.ToString(CultureInfo.InvariantCulture)));
        }
        Auth.SetClaims([.. claims]);
        Auth.SetPolicies([.. PoliciesOf(actor.Role)]);
    }

    protected static IEnumerable<string> PoliciesOf(UserRole role) => role switch
    {
        UserRole.Supervisor => [Policies.Staff, Policies.Triage, Policies.RevealIdentity, Policies.Oversight],
        UserRole.Leader => [Policies.Staff, Policies.RevealIdentity, Policies.Oversight],
        UserRole.Admin => [Policies.Staff, Policies.Oversight, Policies.Administration],
        _ => [Policies.Staff],
    };

    protected void RenderPopovers() => Ctx.Render<MudPopoverProvider>();

    protected async Task<T> InDbAsync<T>(Func<ComplaintMonitor.Web.Data.AppDbContext, Task<T>> read)
    {
        await using var db = await Db.Factory.CreateDbContextAsync();
        return await read(db);
    }

    protected Task<int> CountComplaintsAsync() => InDbAsync(db => db.Complaints.CountAsync());
}
