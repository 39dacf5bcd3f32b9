using ComplaintMonitor.Domain.Calendar;
using Quartz;

namespace ComplaintMonitor.Web.Jobs;

public static class JobsExtensions
{
    /// <summary>
    /// Quartz with the in-memory store: jobs re-derive their work from the database, so nothing is lost when the
    /// process stops. Each job runs on its cron (Asia/Shanghai) and, where catching up matters, once at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Jobs").Get<JobsOptions>() ?? new JobsOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<JobRecorder>();
        builder.Services.AddSingleton<JobProgress>();
        builder.Services.AddScoped<JobsOverview>();
        if (!options.Enabled)
        {
            return builder;
        }
        builder.Services.AddQuartz(q =>
        {
            foreach (var job in JobCatalog.All)
            {
                job.Register(q, job.Key);
                if (job.Cron(options) is { } cron)
                {
                    q.AddTrigger(t => t.ForJob(job.Key).WithIdentity($"{job.Key.Name}-cron")
                        .WithCronSchedule(cron, c => c.InTimeZone(ChinaTime.Zone)));
                }
                if (job.RunAtStartup)
                {
                    q.AddTrigger(t => t.ForJob(job.Key).WithIdentity($"{job.Key.Name}-startup").StartNow()
                        .UsingJobData(ScheduledJob.TriggerKey, "startup"));
                }
            }
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }
}
