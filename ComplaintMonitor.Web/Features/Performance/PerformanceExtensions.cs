namespace ComplaintMonitor.Web.Features.Performance;

public static class PerformanceExtensions
{
    /// <summary>The supervisors' drill-down (统计): scorecards from the rollups and the exact lists behind every number.</summary>
    public static IServiceCollection AddPerformance(this IServiceCollection services) => services
        .AddScoped<ScorecardQueries>()
        .AddScoped<CaseListQuery>()
        .AddScoped<CaseListExport>()
        .AddScoped<RatingListQuery>()
        .AddScoped<TimeInStateQuery>();
}
