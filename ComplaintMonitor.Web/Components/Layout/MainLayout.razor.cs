using ComplaintMonitor.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace ComplaintMonitor.Web.Components.Layout;

public sealed partial class MainLayout : IAsyncDisposable
{
    private const string ModulePath = "./Components/Layout/MainLayout.razor.js";

    private bool _drawerOpen = true;
    private bool _isDarkMode;
    private IJSObjectReference? _module;

    [Inject]
    private IStringLocalizer<SharedResource> L { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The theme remembered in the theme cookie (see <see cref="ThemePreference"/>); light when absent.</summary>
    [CascadingParameter(Name = ThemePreference.CascadingName)]
    public bool InitialDarkMode { get; set; }

    private string ThemeToggleLabel => _isDarkMode ? L["Layout.ThemeLight"] : L["Layout.ThemeDark"];

    protected override void OnInitialized() => _isDarkMode = InitialDarkMode;

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private async Task ToggleThemeAsync()
    {
        _isDarkMode = !_isDarkMode;
        _module ??= await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
        await _module.InvokeVoidAsync("rememberTheme", ThemePreference.CookieAssignment(_isDarkMode));
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is null)
        {
            return;
        }

        try
        {
            await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is already gone, and the module with it.
        }
    }

    private static bool IsCurrentCulture(string culture) =>
        string.Equals(System.Globalization.CultureInfo.CurrentUICulture.Name, culture, StringComparison.OrdinalIgnoreCase);

    /// <summary>A plain link (works without the circuit too): the endpoint sets the cookie and reloads this page.</summary>
    private string CultureSwitchHref(string culture) =>
        AppCultures.SwitchUrl(culture, "/" + Navigation.ToBaseRelativePath(Navigation.Uri));
}
