using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Tests.TestSupport;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Domain.Deadlines;

public sealed class ComplaintDeadlineTests
{
    private static DateTimeOffset At(int y, int m, int d, int hour = 10) => new(y, m, d, hour, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void AcceptBy_StartsAtReceipt_BeforeTheNationalDayBlock()
    {
        var complaint = new ComplaintBuilder().ReceivedAt(At(2026, 9, 30)).Build();

        var acceptBy = complaint.OpenDeadline(DeadlineKind.AcceptBy)!;

        Assert.Equal(new DateOnly(2026, 10, 8), acceptBy.DueOn);
        Assert.False(acceptBy.Provisional);
    }

    [Theory]
    [InlineData(Complexity.Simple, false, "2026-10-08")]
    [InlineData(Complexity.Ordinary, false, "2026-10-09")]
    [InlineData(Complexity.Complex, false, "2026-10-13")]
    [InlineData(Complexity.Ordinary, true, "2026-10-27")]
    public void ReplyBy_FollowsTheRuleOfR11(Complexity complexity, bool hotline, string expected)
    {
        var complaint = new ComplaintBuilder().ReceivedAt(At(2026, 9, 30))
            .With(c => c with { Complexity = complexity, HotlineTransfer = hotline }).Build();

        complaint.Apply(new AcceptCommand(), Supervisor, At(2026, 9, 30, 15), Context);

        Assert.Equal(DateOnly.Parse(expected), complaint.OpenDeadline(DeadlineKind.ReplyBy)!.DueOn);
    }

    [Fact]
    public void Assign_ToTwoUnits_MakesAnOrdinaryCaseComplex()
    {
        var complaint = new ComplaintBuilder().ReceivedAt(At(2026, 9, 30)).Build();
        complaint.Apply(new AcceptCommand(), Supervisor, At(2026, 9, 30, 15), Context);
        Assert.Equal(DeadlineRule.Ordinary, complaint.DeadlineRule);

        complaint.Apply(new AssignCommand(HandlerUnit, [OtherUnit]), Supervisor, At(2026, 9, 30, 16), Context);

        Assert.Equal(DeadlineRule.Complex, complaint.DeadlineRule);
        Assert.Equal(new DateOnly(2026, 10, 13), complaint.OpenDeadline(DeadlineKind.ReplyBy)!.DueOn);
        Assert.Equal(new DateOnly(2026, 10, 13), complaint.OrderDueOn);
    }

    [Fact]
    public void NeedInfo_PausesTheAcceptClock_AndSupplyingResumesIt_R10()
    {
        var complaint = new ComplaintBuilder().Build();
        complaint.Apply(new RequestInfoCommand("缺少办件编号"), Supervisor, Monday, Context);
        Assert.Equal(DeadlineState.Paused, complaint.OpenDeadline(DeadlineKind.AcceptBy)!.StateAt(At(2026, 11, 20)));

        complaint.Apply(new SupplyInfoCommand("已补充"), Supervisor, At(2026, 11, 10), Context);

        var acceptBy = complaint.OpenDeadline(DeadlineKind.AcceptBy)!;
        Assert.Equal(new DateOnly(2026, 11, 11), acceptBy.DueOn);
        Assert.Equal(DeadlineState.Yellow, acceptBy.StateAt(At(2026, 11, 10, 15)));
    }

    [Fact]
    public void States_NormalThenYellowThenRed_AcrossAWeekend()
    {
        // Accepted Thursday 2026-11-05; ordinary = 2 WD => Monday 2026-11-09. Yellow from Friday (1 WD left), red after Monday.
        var complaint = new ComplaintBuilder().ReceivedAt(At(2026, 11, 5)).Build();
        complaint.Apply(new AcceptCommand(), Supervisor, At(2026, 11, 5), Context);
        var replyBy = complaint.OpenDeadline(DeadlineKind.ReplyBy)!;

        Assert.Equal(new DateOnly(2026, 11, 9), replyBy.DueOn);
        Assert.Equal(DeadlineState.Normal, replyBy.StateAt(At(2026, 11, 5, 23)));
        Assert.Equal(DeadlineState.Yellow, replyBy.StateAt(At(2026, 11, 6, 0)));
        Assert.Equal(DeadlineState.Yellow, replyBy.StateAt(At(2026, 11, 8)));
        Assert.Equal(DeadlineState.Yellow, replyBy.StateAt(At(2026, 11, 9, 23)));
        Assert.Equal(DeadlineState.Red, replyBy.StateAt(At(2026, 11, 10, 0)));
        Assert.Equal(1, replyBy.WorkingDaysLeft(new DateOnly(2026, 11, 6), Context.Calendar));
        Assert.Equal(-1, replyBy.WorkingDaysLeft(new DateOnly(2026, 11, 10), Context.Calendar));
    }

    [Fact]
    public void Completed_Deadline_ReportsWhetherItWasMet()
    {
        var complaint = new ComplaintBuilder().Build();
        complaint.Apply(new AcceptCommand(), Supervisor, At(2026, 11, 4), Context);

        Assert.Equal(DeadlineState.MetLate, complaint.Deadlines.Single(d => d.Kind == DeadlineKind.AcceptBy).StateAt(At(2026, 11, 4)));
    }

    [Fact]
    public void Extension_OnlyBeforeDue_ApprovedBySomeoneElse_AddsSevenWorkingDays_R12()
    {
        var complaint = new ComplaintBuilder().InState(ComplaintStatus.Investigating);
        var replyBy = complaint.OpenDeadline(DeadlineKind.ReplyBy)!;
        var due = replyBy.DueOn;

        Assert.DoesNotContain(ComplaintAction.RequestExtension, complaint.AllowedActions(Handler, replyBy.DueAt.AddTicks(1), Context));
        complaint.Apply(new RequestExtensionCommand("需调取档案"), Handler, Monday, Context);
        Assert.Throws<NotPermittedException>(() => complaint.Apply(new ApproveExtensionCommand(), Handler with { Role = ComplaintMonitor.Domain.Organisation.UserRole.Supervisor }, Monday, Context));

        complaint.Apply(new ApproveExtensionCommand("同意延期"), Supervisor, Monday, Context);

        Assert.Equal(Context.Calendar.AddWorkingDays(due, 7).Date, replyBy.DueOn);
        Assert.Equal(1, complaint.ApprovedExtensions);
    }

    [Fact]
    public void SecondExtension_NeedsALeader_R12()
    {
        var complaint = new ComplaintBuilder().InState(ComplaintStatus.Investigating);
        complaint.Apply(new RequestExtensionCommand("第一次"), Handler, Monday, Context);
        complaint.Apply(new ApproveExtensionCommand(), Supervisor, Monday, Context);
        complaint.Apply(new RequestExtensionCommand("第二次"), Handler, Monday, Context);

        Assert.Throws<NotPermittedException>(() => complaint.Apply(new ApproveExtensionCommand(), Supervisor, Monday, Context));
        complaint.Apply(new ApproveExtensionCommand(), Leader, Monday, Context);
        Assert.Equal(2, complaint.ApprovedExtensions);
    }

    [Fact]
    public void RefusedExtension_LeavesTheDueDate()
    {
        var complaint = new ComplaintBuilder().InState(ComplaintStatus.Investigating);
        var due = complaint.OpenDeadline(DeadlineKind.ReplyBy)!.DueOn;
        complaint.Apply(new RequestExtensionCommand("理由"), Handler, Monday, Context);

        complaint.Apply(new RefuseExtensionCommand("理由不充分"), Supervisor, Monday, Context);

        Assert.Equal(due, complaint.OpenDeadline(DeadlineKind.ReplyBy)!.DueOn);
        Assert.Null(complaint.PendingExtension);
    }

    [Fact]
    public void BadRatingCase_HasFirstContactAndRectifyDeadlines_R13()
    {
        var complaint = new ComplaintBuilder().ReceivedAt(At(2026, 11, 6))
            .With(c => c with { Channel = Channel.RatingDevice, SourceEvaluationId = 42 }).Build();

        Assert.Equal(new DateOnly(2026, 11, 9), complaint.OpenDeadline(DeadlineKind.AcceptBy)!.DueOn);
        Assert.Equal(new DateOnly(2026, 11, 13), complaint.OpenDeadline(DeadlineKind.RectifyBy)!.DueOn);
        complaint.Apply(new AcceptCommand(), Supervisor, At(2026, 11, 6), Context);
        Assert.Null(complaint.OpenDeadline(DeadlineKind.ReplyBy));
        Assert.Equal(DeadlineRule.BadRating, complaint.DeadlineRule);
    }

    [Fact]
    public void Provisional_DeadlineIntoAYearWithoutData_IsRecomputedOnImport_R15()
    {
        var complaint = new ComplaintBuilder().ReceivedAt(At(2026, 12, 30)).Build();
        complaint.Apply(new AcceptCommand(), Supervisor, At(2026, 12, 31), Context);
        var replyBy = complaint.OpenDeadline(DeadlineKind.ReplyBy)!;
        Assert.True(replyBy.Provisional);
        Assert.Equal(new DateOnly(2027, 1, 4), replyBy.DueOn);
        Assert.False(complaint.Deadlines.Single(d => d.Kind == DeadlineKind.AcceptBy).Provisional);

        var with2027 = Context.Calendar.WithYearReplaced(2027, [new HolidayEntry(new DateOnly(2027, 1, 1), DayKind.Off, "元旦")]);
        var moved = complaint.RecomputeProvisionalDeadlines(Context with { Calendar = with2027 }, At(2027, 1, 2));

        Assert.Equal(1, moved);
        Assert.False(replyBy.Provisional);
        Assert.Equal(new DateOnly(2027, 1, 5), replyBy.DueOn);
        Assert.Equal("DeadlineRecomputed", complaint.History[^1].Action);
    }

    [Fact]
    public void Policy_Validate_ReportsOutOfRangeValues()
    {
        var errors = (DeadlinePolicy.Default with { AcceptWorkingDays = 0, ExtensionWorkingDays = 99 }).Validate();

        Assert.Equal(2, errors.Count);
        Assert.Empty(DeadlinePolicy.Default.Validate());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Policy_Validate_ReportsAnOutOfRangeExtensionApprovalCount(int count)
    {
        var errors = (DeadlinePolicy.Default with { ExtensionsBeforeLeaderApproval = count }).Validate();

        Assert.Equal(["无需领导审批的延期次数应在 0 到 10 之间"], errors);
    }

    [Theory]
    [InlineData(Complexity.Simple, false, false, 1, DeadlineRule.Simple)]
    [InlineData(Complexity.Ordinary, false, false, 1, DeadlineRule.Ordinary)]
    [InlineData(Complexity.Ordinary, false, false, 2, DeadlineRule.Complex)]
    [InlineData(Complexity.Complex, false, false, 1, DeadlineRule.Complex)]
    [InlineData(Complexity.Simple, true, false, 3, DeadlineRule.Hotline)]
    [InlineData(Complexity.Simple, true, true, 1, DeadlineRule.BadRating)]
    public void RuleFor_PicksTheR11Rule(Complexity complexity, bool hotline, bool badRating, int units, DeadlineRule expected) =>
        Assert.Equal(expected, DeadlinePolicy.RuleFor(complexity, hotline, badRating, units));
}
