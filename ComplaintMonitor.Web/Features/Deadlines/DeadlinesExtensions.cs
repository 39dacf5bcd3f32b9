namespace ComplaintMonitor.Web.Features.Deadlines;

public static class DeadlinesExtensions
{
    public static IServiceCollection AddDeadlines(this IServiceCollection services) => services.AddScoped<DeadlineScanner>();
}
