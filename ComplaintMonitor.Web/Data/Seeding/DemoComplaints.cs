using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Features.Complaints;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Data.Seeding;

/// <summary>
/// Generates realistic complaints over the past twelve months: every case is registered and moved through the real
/// domain workflow (so its deadlines and history are computed, not invented), older cases further along than recent ones.
/// </summary>
public sealed class DemoComplaints(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    private const int BatchSize = 1000;

    private static readonly string[] Contents =
    [
        "窗口工作人员态度生硬，对咨询不耐烦", "办理营业执照变更排队两个小时，窗口只开一个", "材料已齐全却被要求补充无关证明",
        "工作人员在上班时间玩手机，无人接待", "不动产登记承诺时限已过仍未办结", "同一事项多次往返，每次告知的材料不一致",
        "窗口人员对政策解释错误，导致申请被退回", "自助终端故障无法打印，无人处理", "大厅空调不制冷，等候区座位不足",
        "工作人员索要好处费（吃拿卡要）", "电话咨询无人接听", "网上申报系统频繁卡顿，提交失败", "公积金提取被无故拒绝",
        "医保报销窗口中午提前下班", "出入境证件办理进度查询不到",
    ];

    private static readonly (Channel Channel, ComplaintForm Form, int Weight)[] Channels =
    [
        (Channel.OnSite, ComplaintForm.Oral, 30), (Channel.Phone, ComplaintForm.Oral, 25), (Channel.Website, ComplaintForm.Electronic, 12),
        (Channel.WeChat, ComplaintForm.Electronic, 12), (Channel.Letter, ComplaintForm.Written, 4), (Channel.SuggestionBox, ComplaintForm.Written, 4),
        (Channel.RatingDevice, ComplaintForm.Electronic, 8), (Channel.SelfServiceTerminal, ComplaintForm.Electronic, 3), (Channel.Other, ComplaintForm.Oral, 2),
    ];

    public async Task<int> SeedAsync(int count, WorkflowContext context, IProgress<int>? progress = null, int seed = 20261128, CancellationToken ct = default)
    {
        var random = new Random(seed);
        await using (var org = await dbFactory.CreateDbContextAsync(ct))
        {
            await DemoOrganisation.EnsureAsync(org, ct);
        }
        Organisation o;
        Dictionary<DateOnly, int> counters;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            o = new Organisation(
                await db.Units.AsNoTracking().Select(u => u.Id).ToListAsync(ct),
                await db.Windows.AsNoTracking().ToListAsync(ct),
                await db.Staff.AsNoTracking().ToListAsync(ct));
            counters = await db.CaseNumberCounters.AsNoTracking().ToDictionaryAsync(c => c.Day, c => c.Last, ct);
        }
        var now = time.GetUtcNow();
        var supervisor = new Actor("demo-supervisor", "督查（演示）", UserRole.Supervisor);
        var done = 0;
        await using var writerDb = await dbFactory.CreateDbContextAsync(ct);
        await using var writer = await BulkWriter.OpenAsync(writerDb, ct);
        while (done < count)
        {
            var batch = Math.Min(BatchSize, count - done);
            var complaints = new List<Complaint>(batch);
            for (var i = 0; i < batch; i++)
            {
                complaints.Add(Generate(random, o, supervisor, now, context, counters));
            }
            await writer.WriteAsync(complaints, ct);
            done += batch;
            progress?.Report(done);
        }
        // 好差评 ratings share the case-number counters: their 差评 cases are registered on the same days.
        await new DemoEvaluations(random, o, now, context, counters).SeedAsync(writer, dbFactory, DemoEvaluations.CountFor(count), ct);
        await SaveCountersAsync(counters, ct);
        return done;
    }

    private async Task SaveCountersAsync(Dictionary<DateOnly, int> counters, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var existing = await db.CaseNumberCounters.ToDictionaryAsync(c => c.Day, ct);
        foreach (var (day, last) in counters)
        {
            if (existing.TryGetValue(day, out var row))
            {
                row.Last = Math.Max(row.Last, last);
            }
            else
            {
                db.CaseNumberCounters.Add(new CaseNumberCounter { Day = day, Last = last });
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private static Complaint Generate(Random r, Organisation o, Actor supervisor, DateTimeOffset now, WorkflowContext context, Dictionary<DateOnly, int> counters)
    {
        // More recent months carry a little more volume; office hours 8:30–17:30 Shanghai.
        var daysAgo = (int)(365 * Math.Pow(r.NextDouble(), 1.15));
        var day = ChinaTime.DateOf(now).AddDays(-daysAgo);
        var at = ChinaTime.StartOfDay(day).AddMinutes(510 + r.Next(540));
        if (at > now)
        {
            at = now.AddMinutes(-r.Next(1, 120));
        }
        var (channel, form, _) = Pick(r, Channels, c => c.Weight);
        var window = o.Windows[r.Next(o.Windows.Count)];
        var staffAtWindow = o.Staff.Where(s => s.WindowId == window.Id).ToList();
        var respondent = staffAtWindow.Count > 0 && r.NextDouble() < 0.6 ? staffAtWindow[r.Next(staffAtWindow.Count)] : null;
        var anonymous = form != ComplaintForm.Written && r.NextDouble() < 0.12;
        var input = new NewComplaint
        {
            Channel = channel,
            Form = form,
            ReceivedAt = at,
            Complainant = anonymous ? Complainant.AnonymousPerson
                : new Complainant(DemoOrganisation.PersonName(r), $"1{r.Next(3, 10)}{r.Next(0, 1_000_000_000):D9}", null, null, false),
            RespondentType = respondent is null ? RespondentType.Window : RespondentType.Staff,
            RespondentUnitId = window.UnitId,
            RespondentWindowId = window.Id,
            RespondentStaffId = respondent?.Id,
            Category = (ComplaintCategory)r.Next(7),
            Content = Contents[r.Next(Contents.Length)],
            Complexity = r.NextDouble() switch { < 0.25 => Complexity.Simple, < 0.85 => Complexity.Ordinary, _ => Complexity.Complex },
            HotlineTransfer = channel == Channel.Phone && r.NextDouble() < 0.3,
            Serious = r.NextDouble() < 0.01,
        };
        var seq = counters[day] = counters.GetValueOrDefault(day) + 1;
        var complaint = Complaint.Register(input, CaseNumbers.Format(day, seq), supervisor, at, context);
        new DemoJourney(r, o, supervisor, now, context).Walk(complaint, at, window.UnitId, respondent?.Id);
        return complaint;
    }

    internal static T Pick<T>(Random r, IReadOnlyList<T> items, Func<T, int> weight)
    {
        var total = items.Sum(weight);
        var x = r.Next(total);
        foreach (var item in items)
        {
            x -= weight(item);
            if (x < 0)
            {
                return item;
            }
        }
        return items[^1];
    }

    internal sealed record Organisation(IReadOnlyList<int> UnitIds, IReadOnlyList<ServiceWindow> Windows, IReadOnlyList<StaffMember> Staff);
}
