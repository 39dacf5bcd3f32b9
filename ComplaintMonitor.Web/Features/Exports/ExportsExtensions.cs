namespace ComplaintMonitor.Web.Features.Exports;

public static class ExportsExtensions
{
    /// <summary>Background exports to Excel and CSV (<see cref="ExportJobs"/>) behind the reusable <c>ExportButton</c>.</summary>
    public static IServiceCollection AddExports(this IServiceCollection services) => services.AddSingleton<ExportJobs>();
}
