namespace ComplaintMonitor.Web.Features.Reports;

public static class ReportsExtensions
{
    /// <summary>The monthly report and the public release of results, both read from the monthly snapshot.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services) => services
        .AddScoped<MonthlySnapshotReader>()
        .AddScoped<MonthlyReportQuery>();
}
