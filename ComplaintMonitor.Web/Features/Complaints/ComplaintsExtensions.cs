namespace ComplaintMonitor.Web.Features.Complaints;

public static class ComplaintsExtensions
{
    public static IServiceCollection AddComplaints(this IServiceCollection services) => services
        .AddScoped<RegisterComplaintHandler>()
        .AddScoped<ApplyComplaintActionHandler>()
        .AddScoped<ComplaintQueries>();
}
