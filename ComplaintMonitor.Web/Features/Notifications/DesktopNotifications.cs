using Microsoft.JSInterop;

namespace ComplaintMonitor.Web.Features.Notifications;

/// <summary>
/// The browser's own notifications (wwwroot/js/desktop-notifications.js), for a handler whose tab is in the background:
/// asked for once from the notification menu, shown beside the in-app toast, never instead of the notification centre.
/// </summary>
public sealed class DesktopNotifications(IJSRuntime js) : IAsyncDisposable
{
    public const string ModulePath = "./js/desktop-notifications.js";

    private Task<IJSObjectReference>? _module;

    private Task<IJSObjectReference> Module => _module ??= js.InvokeAsync<IJSObjectReference>("import", ModulePath).AsTask();

    /// <summary>"granted", "denied", "default" (not asked yet) or "unsupported".</summary>
    public async Task<string> PermissionAsync()
    {
        try
        {
            return await (await Module).InvokeAsync<string>("permission");
        }
        catch (JSException)
        {
            return "unsupported"; // the module did not load: the toasts and the centre still work
        }
    }

    public async Task<string> RequestAsync() => await (await Module).InvokeAsync<string>("request");

    /// <summary>Shows one when permitted and the tab is hidden; a click focuses the tab and opens <paramref name="url"/>.</summary>
    public async Task ShowAsync(string title, string? url) => await (await Module).InvokeVoidAsync("show", title, "", url);

    public async ValueTask DisposeAsync()
    {
        if (_module is { IsCompletedSuccessfully: true })
        {
            try
            {
                await (await _module).DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // the circuit is gone, and the module with it
            }
        }
    }
}
