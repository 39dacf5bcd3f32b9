namespace ComplaintMonitor.Web.Features.Overview;

public static class OverviewExtensions
{
    public static IServiceCollection AddOverview(this IServiceCollection services) => services
        .AddScoped<OverviewQueries>()
        .AddSingleton<OverviewCache>();
}
