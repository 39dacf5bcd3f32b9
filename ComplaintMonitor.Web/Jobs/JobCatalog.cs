using ComplaintMonitor.Web.Features.Deadlines;
using ComplaintMonitor.Web.Features.LookBack;
using ComplaintMonitor.Web.Features.Notifications;
using ComplaintMonitor.Web.Features.Statistics;
using Quartz;

namespace ComplaintMonitor.Web.Jobs;

/// <summary>A scheduled job as the operations page lists it; a job without a cron runs only when started by hand.</summary>
public sealed record JobDefinition(JobKey Key, string Name, string Description, Func<JobsOptions, string?> Cron, bool RunAtStartup,
    Action<IQuartzBuilder, JobKey> Register)
{
    public static JobDefinition Of<TJob>(JobKey key, string name, string description, Func<JobsOptions, string?> cron, bool runAtStartup)
        where TJob : IJob =>
        new(key, name, description, cron, runAtStartup, (q, k) => q.AddJob<TJob>(j => j.WithIdentity(k).StoreDurably()));
}

public static class JobCatalog
{
    public static IReadOnlyList<JobDefinition> All { get; } =
    [
        JobDefinition.Of<DeadlineScanJob>(DeadlineScanJob.Key, "期限扫描", "计算各期限的正常/黄灯/红灯状态，产生催办、督办和升级提醒", o => o.DeadlineScan, runAtStartup: true),
        JobDefinition.Of<StatisticsRollupJob>(StatisticsRollupJob.Key, "统计汇总", "增量汇总各单位、窗口、人员、渠道、类别的每日统计指标", o => o.StatisticsRollup, runAtStartup: true),
        JobDefinition.Of<DailyDigestJob>(DailyDigestJob.Key, "每日摘要", "每天早上向每位用户发送一条摘要：红灯、黄灯和次日到期的案件", o => o.DailyDigest, runAtStartup: false),
        JobDefinition.Of<LookBackJob>(LookBackJob.Key, "回头看安排", "为新办结的案件确定是否回头看：属实案件全部、其余按比例抽查", o => o.LookBack, runAtStartup: true),
        JobDefinition.Of<StatisticsRecomputeJob>(StatisticsRecomputeJob.Key, "统计全量重算", "从全部投诉重建统计汇总（结果与增量汇总一致），用于修正或导入之后", _ => null, runAtStartup: false),
        JobDefinition.Of<MonthlySnapshotJob>(MonthlySnapshotJob.Key, "月度快照", "每月初固化上月各级 KPI，供月报与排名使用，已生成的月份不再改写", o => o.MonthlySnapshot, runAtStartup: true),
    ];
}
