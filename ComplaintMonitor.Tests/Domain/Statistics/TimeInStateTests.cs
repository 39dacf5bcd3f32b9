using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Performance;
using static ComplaintMonitor.Domain.Complaints.ComplaintStatus;

namespace ComplaintMonitor.Tests.Domain.Statistics;

public sealed class TimeInStateTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static StateChange At(double hours, ComplaintStatus? from, ComplaintStatus to, long id = 1) => new(id, T0.AddHours(hours), from, to);

    [Fact]
    public void Every_interval_counts_across_a_transfer_and_a_reopen_computed_by_hand()
    {
        // 登记 2 h → 受理 1 h → 转办 3 h, 改派 (Assigned → Assigned) at +4 h does not split it, 1 h more → 调查 5 h → 处置 2 h
        // → 答复 10 h → 回访 1 h → 重办 0.5 h → 转办 again 1.5 h → 调查 again 4 h → 处置 1 h → 答复 2 h → 回访 1 h → 办结.
        StateChange[] history =
        [
            At(0, null, Registered),
            At(2, Registered, Accepted),
            At(3, Accepted, Assigned),
            At(6, Assigned, Assigned),          // 改派 to another unit
            At(6.5, Assigned, Assigned),        // 延期申请: a row that keeps the state
            At(7, Assigned, Investigating),
            At(12, Investigating, Handled),
            At(14, Handled, Replied),
            At(24, Replied, Visited),
            At(25, Visited, Reopened),
            At(25.5, Reopened, Assigned),
            At(27, Assigned, Investigating),
            At(31, Investigating, Handled),
            At(32, Handled, Replied),
            At(34, Replied, Visited),
            At(35, Visited, Closed),
            At(100, Closed, Archived),
        ];

        var times = TimeInState.OfCase(history, T0.AddHours(500));

        Assert.Equal(TimeSpan.FromHours(2), times[Registered]);
        Assert.Equal(TimeSpan.FromHours(1), times[Accepted]);
        Assert.Equal(TimeSpan.FromHours(4 + 1.5), times[Assigned]);
        Assert.Equal(TimeSpan.FromHours(5 + 4), times[Investigating]);
        Assert.Equal(TimeSpan.FromHours(2 + 1), times[Handled]);
        Assert.Equal(TimeSpan.FromHours(10 + 2), times[Replied]);
        Assert.Equal(TimeSpan.FromHours(1 + 1), times[Visited]);
        Assert.Equal(TimeSpan.FromHours(0.5), times[Reopened]);
        // End states are not stages.
        Assert.False(times.ContainsKey(Closed));
        Assert.False(times.ContainsKey(Archived));
    }

    [Fact]
    public void A_running_stage_counts_up_to_now_and_averages_divide_by_the_cases_that_entered_it()
    {
        StateChange[] history =
        [
            At(0, null, Registered, id: 1), At(4, Registered, Accepted, id: 1), At(5, Accepted, Assigned, id: 1),
            At(0, null, Registered, id: 2), At(2, Registered, Rejected, id: 2),
        ];

        var stages = TimeInState.Summarise(history, T0.AddHours(15));

        var registered = stages.Single(s => s.Stage == Registered);
        Assert.Equal(2, registered.Cases);
        Assert.Equal(TimeSpan.FromHours(3), registered.Average);
        var assigned = stages.Single(s => s.Stage == Assigned);
        Assert.Equal(1, assigned.Cases);
        Assert.Equal(TimeSpan.FromHours(10), assigned.Total);
        Assert.DoesNotContain(stages, s => s.Stage == Rejected);
    }

    [Fact]
    public async Task The_query_reads_a_staff_members_cases_history_through_a_transfer()
    {
        await using var db = await TestDatabase.CreateAsync();
        var apply = db.Get<ApplyComplaintActionHandler>();
        var registered = await db.Get<RegisterComplaintHandler>().HandleAsync(new NewComplaint
        {
            Channel = Channel.OnSite, Form = ComplaintForm.Oral, ReceivedAt = db.Time.GetUtcNow(),
            Complainant = new Complainant("周八", "13800002222", null, null, false), RespondentType = RespondentType.Staff,
            RespondentUnitId = ComplaintBuilder.HandlerUnit, RespondentWindowId = 1, RespondentStaffId = ComplaintBuilder.RespondentStaff,
            Category = ComplaintCategory.Efficiency, Content = "态度生硬",
        }, ComplaintBuilder.Supervisor);
        var version = registered.Version;
        async Task Step(double hours, ComplaintCommand command)
        {
            db.Time.Advance(TimeSpan.FromHours(hours));
            version = (await apply.HandleAsync(registered.Id, version, command, ComplaintBuilder.Supervisor)).Version;
        }
        await Step(1, new AcceptCommand());
        await Step(2, new AssignCommand(ComplaintBuilder.HandlerUnit, [], ComplaintBuilder.HandlerStaff));
        await Step(3, new AssignCommand(ComplaintBuilder.OtherUnit, [], 101)); // 改派 to another unit: still Assigned
        await Step(1, new StartInvestigationCommand());
        db.Time.Advance(TimeSpan.FromHours(5));

        var result = await db.Get<TimeInStateQuery>().ForAsync(Scope.Staff, ComplaintBuilder.RespondentStaff,
            new DrilldownFilter(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));

        Assert.Equal(1, result.Cases);
        Assert.Equal(TimeSpan.FromHours(1), result.Stages.Single(s => s.Stage == Registered).Average);
        Assert.Equal(TimeSpan.FromHours(2), result.Stages.Single(s => s.Stage == Accepted).Average);
        Assert.Equal(TimeSpan.FromHours(4), result.Stages.Single(s => s.Stage == Assigned).Average);
        Assert.Equal(TimeSpan.FromHours(5), result.Stages.Single(s => s.Stage == Investigating).Average);
    }
}
