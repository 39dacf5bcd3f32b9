using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Security;
using ComplaintMonitor.Web.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ComplaintMonitor.Tests.Web.Components;

/// <summary>
/// bUnit set-up for MudBlazor components. Composes a <see cref="BunitContext"/> instead of deriving from it: xunit 2
/// would dispose a derived context synchronously, which MudBlazor's async-only services reject.
/// </summary>
public abstract class ComponentTestBase : IAsyncLifetime
{
    protected ComponentTestBase()
    {
        Ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        Ctx.Services.AddMudServices();
        Ctx.Services.AddLocalization();
    }

    protected BunitContext Ctx { get; } = new();

    /// <summary>
    /// Signs a user with <paramref name="role"/> in (null: anonymous). The user satisfies exactly the policies the real
    /// <see cref="Policies"/> definitions grant that role, so AuthorizeView behaves as in the app.
    /// </summary>
    protected async Task<BunitAuthorizationContext> SignInAsync(string? role, string userName = "tester", string displayName = "测试用户")
    {
        var authorization = Ctx.AddAuthorization();
        if (role is null)
        {
            return authorization;
        }
        authorization.SetAuthorized(userName);
        authorization.SetRoles(role);
        authorization.SetPolicies(await RolePolicies.SatisfiedByAsync(role));
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, userName), new Claim(AppClaims.DisplayName, displayName));
        return authorization;
    }

    /// <summary>The components' services over a real, migrated SQLite database (pages read live data through them).</summary>
    protected TestDatabase Database { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Ctx.Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Ctx.Services.AddSingleton<TimeProvider>(Database.Time);
        Ctx.Services.AddSingleton(Database.Factory);
        Ctx.Services.AddLogging();
        Ctx.Services.AddFeatures();
        Ctx.Services.AddSingleton(Database.Contexts);
        Ctx.Services.AddScoped<CurrentActor>();
    }

    public virtual async Task DisposeAsync()
    {
        await Ctx.DisposeAsync();
        await Database.DisposeAsync();
    }
}
