using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Deadlines;
using ComplaintMonitor.Web.Features.Evaluations;
using ComplaintMonitor.Web.Features.Exports;
using ComplaintMonitor.Web.Features.LookBack;
using ComplaintMonitor.Web.Features.Notifications;
using ComplaintMonitor.Web.Features.Overview;
using ComplaintMonitor.Web.Features.Reports;
using ComplaintMonitor.Web.Features.Performance;
using ComplaintMonitor.Web.Features.Warnings;
using ComplaintMonitor.Web.Features.Statistics;
using ComplaintMonitor.Web.Features.Wall;
using ComplaintMonitor.Web.Realtime;
using ComplaintMonitor.Web.Workflow;

namespace ComplaintMonitor.Web.Features;

public static class FeaturesExtensions
{
    /// <summary>The application's services apart from hosting concerns (database, UI, jobs) — shared by the app and the tests.</summary>
    public static IServiceCollection AddFeatures(this IServiceCollection services) => services
        .AddSingleton<WalCheckpoints>()
        .AddWorkflow()
        .AddRealtime()
        .AddDemoData()
        .AddComplaints()
        .AddDeadlines()
        .AddStatistics()
        .AddNotificationFeatures()
        .AddLookBack()
        .AddOverview()
        .AddWarnings()
        .AddExports()
        .AddReports()
        .AddPerformance()
        .AddEvaluations()
        .AddWall();
}
