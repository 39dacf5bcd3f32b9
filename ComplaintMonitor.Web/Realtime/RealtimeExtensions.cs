using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ComplaintMonitor.Web.Realtime;

public static class RealtimeExtensions
{
    /// <summary>The change feed (what every producer publishes to after commit) and its per-circuit view.</summary>
    public static IServiceCollection AddRealtime(this IServiceCollection services) => services
        .AddSingleton<ChangeFeed>()
        .AddSingleton<Notifications.StaffDirectoryCache>()
        .AddScoped<LiveUpdates>()
        .AddScoped<CircuitHandler>(sp => sp.GetRequiredService<LiveUpdates>());

    /// <summary>SignalR and the relay from the change feed to hub clients (the web host only; tools and tests of features need no hub).</summary>
    public static IServiceCollection AddRealtimeHub(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddHostedService<HubRelay>();
        return services;
    }
}
