namespace ComplaintMonitor.Web.Features.Admin;

public static class AdminExtensions
{
    /// <summary>The services behind the administration pages (organisation, users, deadline policy, calendar).</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services) => services
        .AddScoped<OrganisationAdmin>()
        .AddScoped<UserAdmin>()
        .AddScoped<PolicySettings>()
        .AddScoped<CalendarAdmin>();
}
