namespace ComplaintMonitor.Web.Features.Wall;

public static class WallExtensions
{
    public static IServiceCollection AddWall(this IServiceCollection services)
    {
        services.AddOptions<KpiTargets>().BindConfiguration(KpiTargets.Section);
        return services
            .AddScoped<WallQueries>()
            .AddSingleton<WallCache>();
    }
}
