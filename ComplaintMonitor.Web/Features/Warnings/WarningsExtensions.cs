namespace ComplaintMonitor.Web.Features.Warnings;

public static class WarningsExtensions
{
    public static IServiceCollection AddWarnings(this IServiceCollection services) => services.AddScoped<WarningQueries>();
}
