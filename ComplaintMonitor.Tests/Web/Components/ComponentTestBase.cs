using Bunit;
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

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Ctx.DisposeAsync();
}
