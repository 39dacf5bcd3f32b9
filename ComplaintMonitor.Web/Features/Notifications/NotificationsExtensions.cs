namespace ComplaintMonitor.Web.Features.Notifications;

public static class NotificationsExtensions
{
    public static IServiceCollection AddNotificationFeatures(this IServiceCollection services) => services
        .AddScoped<DailyDigest>()
        .AddScoped<NotificationCentre>()
        .AddScoped<DesktopNotifications>();
}
