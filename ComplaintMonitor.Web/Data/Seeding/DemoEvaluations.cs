using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Data.Seeding;

/// <summary>
/// Demo 好差评 ratings over the past twelve months for every window and staff member: mostly 非常满意/满意, about 1.5 %
/// 差评, each with its 差评 case walked through the real workflow, and a few appeals pending, approved or refused.
/// Written by the bulk writer; the rollup rows are then rebuilt from the ratings in one transaction.
/// </summary>
internal sealed class DemoEvaluations(Random r, DemoComplaints.Organisation o, DateTimeOffset now, WorkflowContext context, Dictionary<DateOnly, int> counters)
{
    private const int BatchSize = 2000;

    /// <summary>1.5 ratings per demo complaint (4,500 for the default 3,000), at most 300,000.</summary>
    public static int CountFor(int complaints) => Math.Min(complaints * 3 / 2, 300_000);

    private static readonly (int Level, int Weight)[] Levels = [(5, 690), (4, 220), (3, 75), (2, 10), (1, 5)];

    private static readonly (RatingChannel Channel, int Weight)[] Channels =
    [
        (RatingChannel.Device, 55), (RatingChannel.QrCode, 15), (RatingChannel.MobileApp, 10), (RatingChannel.Portal, 8),
        (RatingChannel.Terminal, 5), (RatingChannel.Sms, 5), (RatingChannel.PaperSlip, 2),
    ];

    private static readonly string[] GoodComments = ["办事效率高，一次办好", "工作人员很耐心", "指导很细致，谢谢", "比预想的快", "服务热情"];
    private static readonly string[] BadComments = ["等候时间太长", "工作人员态度冷淡", "材料要求前后不一致，跑了两趟", "解释不清楚", "窗口中途离岗"];

    public async Task<int> SeedAsync(BulkWriter writer, IDbContextFactory<AppDbContext> dbFactory, int count, CancellationToken ct)
    {
        long nextId;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            nextId = (await db.Evaluations.MaxAsync(e => (long?)e.Id, ct) ?? 0) + 1;
        }
        var supervisor = new Actor("demo-supervisor", "督查（演示）", UserRole.Supervisor);
        var done = 0;
        while (done < count)
        {
            var batch = new List<(long Id, Evaluation Rating)>(BatchSize);
            var cases = new List<(int Index, Complaint Case)>();
            for (var i = 0; i < Math.Min(BatchSize, count - done); i++)
            {
                var id = nextId++;
                var rating = Generate(id);
                batch.Add((id, rating));
                if (rating.IsBad)
                {
                    cases.Add((batch.Count - 1, OpenCase(id, rating, supervisor)));
                }
            }
            var caseIds = await writer.WriteAsync([.. cases.Select(c => c.Case)], ct);
            for (var i = 0; i < cases.Count; i++)
            {
                var rating = batch[cases[i].Index].Rating;
                rating.LinkCase(caseIds[i]);
                Appeal(rating, supervisor);
            }
            await writer.WriteAsync(batch, ct);
            done += batch.Count;
        }
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await EvaluationRollup.RecomputeAllAsync(db, ct);
            await tx.CommitAsync(ct);
        }
        return done;
    }

    private Evaluation Generate(long id)
    {
        // Ratings follow the service hours of the past year, a little denser in recent months like the complaints.
        var daysAgo = (int)(364 * Math.Pow(r.NextDouble(), 1.1));
        var day = ChinaTime.DateOf(now).AddDays(-daysAgo);
        var at = ChinaTime.StartOfDay(day).AddMinutes(510 + r.Next(540));
        // Today's office hours may not have started yet: such a rating is yesterday's.
        if (at > now)
        {
            at = at.AddDays(-1);
        }
        var window = o.Windows[r.Next(o.Windows.Count)];
        var seated = o.Staff.Where(s => s.WindowId == window.Id).ToList();
        var staff = seated.Count > 0 && r.NextDouble() < 0.95 ? seated[r.Next(seated.Count)] : null;
        var (level, _) = DemoComplaints.Pick(r, Levels, l => l.Weight);
        var channel = DemoComplaints.Pick(r, Channels, c => c.Weight).Channel;
        // 默认好评: about one rating in ten is defaulted after the rating period, always 非常满意.
        var defaulted = level == 5 && channel != RatingChannel.PaperSlip && r.NextDouble() < 0.12;
        var named = r.NextDouble() < (level <= 2 ? 0.5 : 0.2);
        var input = new NewEvaluation
        {
            UnitId = window.UnitId,
            WindowId = window.Id,
            StaffId = staff?.Id,
            ServiceCaseNumber = $"BJ{ChinaTime.DateOf(at):yyyyMMdd}{id:D7}",
            Level = level,
            Comment = defaulted ? null : level <= 2 ? BadComments[r.Next(BadComments.Length)] : r.NextDouble() < 0.3 ? GoodComments[r.Next(GoodComments.Length)] : null,
            Channel = channel,
            RatedAt = at,
            Defaulted = defaulted,
            RaterName = named ? DemoOrganisation.PersonName(r) : null,
            RaterPhone = named ? $"1{r.Next(3, 10)}{r.Next(0, 1_000_000_000):D9}" : null,
        };
        var receivedFrom = channel == RatingChannel.PaperSlip ? "demo-supervisor" : $"apikey:demo-{channel}";
        return Evaluation.Receive(input, receivedFrom, at.AddSeconds(r.Next(1, 60)));
    }

    private Complaint OpenCase(long id, Evaluation rating, Actor supervisor)
    {
        var input = BadRatingCase.For(rating) with { SourceEvaluationId = id };
        var registeredAt = rating.ReceivedAt;
        var day = ChinaTime.DateOf(registeredAt);
        var seq = counters[day] = counters.GetValueOrDefault(day) + 1;
        var system = new Actor($"apikey:demo-{rating.Channel}", "好差评系统（演示）", UserRole.Admin);
        var complaint = Complaint.Register(input, CaseNumbers.Format(day, seq), system, registeredAt, context);
        new DemoJourney(r, o, supervisor, now, context).Walk(complaint, registeredAt, rating.UnitId, rating.StaffId);
        return complaint;
    }

    // About a quarter of the 差评 of the last four months are appealed by the unit; those older than a week are decided.
    private void Appeal(Evaluation rating, Actor supervisor)
    {
        var age = now - rating.RatedAt;
        if (age > TimeSpan.FromDays(120) || r.NextDouble() > 0.25)
        {
            return;
        }
        var handler = new Actor($"demo-handler-{rating.UnitId}", "承办（演示）", UserRole.Handler, UnitId: rating.UnitId);
        var filedAt = rating.RatedAt.AddHours(r.Next(2, 48));
        if (filedAt > now)
        {
            return;
        }
        rating.FileAppeal(handler, "评价人所述情况与监控录像不符，当时窗口正常办理", "大厅监控录像（评价当日该窗口时段）、办件受理记录", filedAt);
        var decidedAt = filedAt.AddDays(r.Next(1, 6));
        if (age < TimeSpan.FromDays(7) || decidedAt > now)
        {
            return;
        }
        var approve = r.NextDouble() < 0.5;
        rating.DecideAppeal(supervisor, approve, approve ? (r.NextDouble() < 0.7 ? MisratingKind.Mistaken : MisratingKind.Malicious) : null,
            approve ? "经核查录像，评价人误按评价键，认定为误评" : "证据不足以证明误评，维持原评价", decidedAt);
    }
}
