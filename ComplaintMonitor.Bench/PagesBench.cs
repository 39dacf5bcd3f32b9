using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Complaints.Detail;
using ComplaintMonitor.Web.Features.Complaints.List;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintMonitor.Bench;

/// <summary>
/// <c>bench pages</c>: server time of the register's first page under each filter and sort, of a case with its timeline,
/// and of one workflow action committed (load, domain, save with history and notifications) — at each database size.
/// </summary>
public static class PagesBench
{
    public static async Task RunAsync(IReadOnlyList<int> sizes, TextWriter output)
    {
        output.WriteLine("| complaints | query | median | max |");
        output.WriteLine("|---:|---|---:|---:|");
        foreach (var size in sizes)
        {
            await using var db = await BenchDatabase.OpenAsync(size, Console.Error);
            using var scope = db.Services.CreateScope();
            var list = scope.ServiceProvider.GetRequiredService<ComplaintListQuery>();
            var detail = scope.ServiceProvider.GetRequiredService<ComplaintDetailQuery>();
            var apply = scope.ServiceProvider.GetRequiredService<ApplyComplaintActionHandler>();
            var supervisor = new Actor("bench", "督查", UserRole.Supervisor);
            var today = ChinaTime.Today(TimeProvider.System);
            await using var ctx = await db.Factory.CreateDbContextAsync();
            var someWindow = await ctx.Windows.Select(w => w.Id).FirstAsync();
            var someUnit = await ctx.Units.Select(u => u.Id).FirstAsync();
            var staff = await ctx.Staff.FirstAsync(s => s.UnitId == someUnit && s.WindowId != null);
            var handler = new Actor("bench-h", "承办", UserRole.Handler, staff.Id, someUnit, staff.WindowId);

            (string Name, ComplaintFilter Filter, ComplaintSort Sort, Actor Who)[] cases =
            [
                ("first page, no filter (newest first)", ComplaintFilter.None, ComplaintSort.RegisteredDesc, supervisor),
                ("status = Assigned", new ComplaintFilter { Status = ComplaintStatus.Assigned }, ComplaintSort.RegisteredDesc, supervisor),
                ("deadline = red", new ComplaintFilter { Deadline = DeadlineFilter.Red }, ComplaintSort.RegisteredDesc, supervisor),
                ("deadline = red, oldest first", new ComplaintFilter { Deadline = DeadlineFilter.Red }, ComplaintSort.ReceivedAsc, supervisor),
                ("deadline = red + channel, oldest first", new ComplaintFilter { Deadline = DeadlineFilter.Red, Channel = Channel.Phone }, ComplaintSort.ReceivedAsc, supervisor),
                ("deadline = red, by case number (ascending)", new ComplaintFilter { Deadline = DeadlineFilter.Red }, ComplaintSort.CaseNumberAsc, supervisor),
                ("deadline = red, handler's, oldest first", new ComplaintFilter { Deadline = DeadlineFilter.Red }, ComplaintSort.ReceivedAsc, handler),
                ("deadline = yellow", new ComplaintFilter { Deadline = DeadlineFilter.Yellow }, ComplaintSort.RegisteredDesc, supervisor),
                ("deadline = yellow, oldest first", new ComplaintFilter { Deadline = DeadlineFilter.Yellow }, ComplaintSort.ReceivedAsc, supervisor),
                ("deadline = normal, oldest first", new ComplaintFilter { Deadline = DeadlineFilter.Normal }, ComplaintSort.ReceivedAsc, supervisor),
                ("window + channel", new ComplaintFilter { Window = someWindow, Channel = Channel.Phone }, ComplaintSort.RegisteredDesc, supervisor),
                ("lead unit", new ComplaintFilter { Unit = someUnit }, ComplaintSort.RegisteredDesc, supervisor),
                ("category, received this month, oldest first", new ComplaintFilter { Category = ComplaintCategory.Efficiency, From = new DateOnly(today.Year, today.Month, 1), To = today }, ComplaintSort.ReceivedAsc, supervisor),
                ("case-number prefix, sorted by number", new ComplaintFilter { Text = $"TS{today:yyyyMM}" }, ComplaintSort.CaseNumberDesc, supervisor),
                ("handler's own cases", ComplaintFilter.None, ComplaintSort.RegisteredDesc, handler),
                ("content text, common word", new ComplaintFilter { Text = "态度" }, ComplaintSort.RegisteredDesc, supervisor),
                ("content text, common word, oldest first", new ComplaintFilter { Text = "态度" }, ComplaintSort.ReceivedAsc, supervisor),
                ("content text, common word, by case number (ascending)", new ComplaintFilter { Text = "态度" }, ComplaintSort.CaseNumberAsc, supervisor),
                ("content text, matching nothing", new ComplaintFilter { Text = "无此内容XYZ" }, ComplaintSort.RegisteredDesc, supervisor),
            ];
            foreach (var (name, filter, sort, who) in cases)
            {
                var t = await Timing.MeasureAsync(7, () => Task.CompletedTask, () => list.ListAsync(filter, who, sort, null, 20));
                output.WriteLine($"| {size:N0} | register: {name} | {Timing.Ms(t.Median)} | {Timing.Ms(t.Max)} |");
            }
            var ids = await ctx.Complaints.Where(c => c.Status == ComplaintStatus.Archived).OrderByDescending(c => c.Id).Select(c => c.Id).Take(7).ToListAsync();
            var n = 0;
            var d = await Timing.MeasureAsync(ids.Count, () => Task.CompletedTask, () => detail.GetAsync(ids[n++ % ids.Count]));
            output.WriteLine($"| {size:N0} | case detail with timeline and deadlines | {Timing.Ms(d.Median)} | {Timing.Ms(d.Max)} |");
            var open = await ctx.Complaints.Where(c => c.Status == ComplaintStatus.Registered).OrderByDescending(c => c.Id)
                .Select(c => new { c.Id, c.Version }).Take(7).ToListAsync();
            var k = 0;
            var a = await Timing.MeasureAsync(open.Count, () => Task.CompletedTask, async () =>
            {
                var c = open[k++];
                await apply.HandleAsync(c.Id, c.Version, new AcceptCommand(), supervisor);
            });
            output.WriteLine($"| {size:N0} | action committed (受理: load, apply, save case + deadlines + history) | {Timing.Ms(a.Median)} | {Timing.Ms(a.Max)} |");
        }
    }
}
