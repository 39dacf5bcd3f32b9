using ComplaintMonitor.Web.Features.Complaints.Detail;
using ComplaintMonitor.Web.Features.Complaints.List;
using ComplaintMonitor.Web.Features.Complaints.Register;
using ComplaintMonitor.Web.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintMonitor.Web.Features.Complaints;

public static class ComplaintsExtensions
{
    public static IServiceCollection AddComplaints(this IServiceCollection services)
    {
        // The pages take the signed-in user from CurrentActor; TryAdd, because the sign-in wiring may register it too.
        services.TryAddScoped<CurrentActor>();
        return services
            .AddScoped<RegisterComplaintHandler>()
            .AddScoped<ApplyComplaintActionHandler>()
            .AddScoped<RevealIdentityHandler>()
            .AddScoped<ComplaintListQuery>()
            .AddScoped<List.ComplaintExport>()
            .AddScoped<ComplaintDetailQuery>()
            .AddScoped<DuplicateComplaintQuery>()
            .AddScoped<OrganisationDirectory>();
    }
}
