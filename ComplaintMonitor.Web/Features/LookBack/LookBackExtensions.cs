namespace ComplaintMonitor.Web.Features.LookBack;

public static class LookBackExtensions
{
    public static IServiceCollection AddLookBack(this IServiceCollection services) => services.AddScoped<LookBackScheduler>();
}
