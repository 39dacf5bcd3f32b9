namespace ComplaintMonitor.Web.Realtime;

public static class RealtimeExtensions
{
    public static IServiceCollection AddRealtime(this IServiceCollection services) => services.AddSingleton<ChangeFeed>();
}
