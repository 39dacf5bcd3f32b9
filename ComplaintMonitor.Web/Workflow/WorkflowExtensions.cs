namespace ComplaintMonitor.Web.Workflow;

public static class WorkflowExtensions
{
    public static IServiceCollection AddWorkflow(this IServiceCollection services) => services
        .AddSingleton<WorkflowContextProvider>()
        .AddScoped<CalendarImporter>();
}
