namespace ComplaintMonitor.Web.Features.Statistics;

public static class StatisticsExtensions
{
    public static IServiceCollection AddStatistics(this IServiceCollection services) => services
        .AddSingleton<StatisticsRollup>()
        .AddScoped<StatisticsQueries>()
        .AddScoped<MonthlySnapshots>();
}
