using ComplaintMonitor.Domain;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Tests.TestSupport;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Domain.Complaints;

public sealed class ComplaintRulesTests
{
    [Fact]
    public void Register_WritesTheFirstHistoryRow_WithoutTheComplainantsIdentity()
    {
        var complaint = new ComplaintBuilder().Build();

        var entry = Assert.Single(complaint.History);
        Assert.Equal("Register", entry.Action);
        Assert.Null(entry.FromStatus);
        Assert.Equal(ComplaintStatus.Registered, entry.ToStatus);
        Assert.DoesNotContain("张三", entry.Payload);
        Assert.DoesNotContain("13812341234", entry.Payload);
        Assert.Contains("窗口工作人员态度生硬", entry.Payload);
    }

    [Fact]
    public void Register_InvalidInput_ThrowsWithEveryProblem()
    {
        var builder = new ComplaintBuilder().With(c => c with
        {
            Content = " ",
            Complainant = new Complainant("", "12345678", "110105194912310021", null, false),
        });

        var ex = Assert.Throws<DomainException>(builder.Build);

        Assert.Contains("请填写投诉内容", ex.Message);
        Assert.Contains("请填写投诉人姓名", ex.Message);
        Assert.Contains("联系电话格式不正确", ex.Message);
        Assert.Contains("身份证号码不正确", ex.Message);
    }

    [Fact]
    public void Register_WrittenAnonymousWithoutConfirmation_IsRefused_R3()
    {
        var input = new ComplaintBuilder().With(c => c with { Form = ComplaintForm.Written, Complainant = Complainant.AnonymousPerson });

        Assert.Throws<DomainException>(input.Build);
        var confirmed = input.With(c => c with { RecordConfirmedByComplainant = true }).Build();
        Assert.Equal(ComplaintStatus.Registered, confirmed.Status);
    }

    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("11010519491231002x", true)]
    [InlineData("110105194912310021", false)]
    [InlineData("1101051949123100", false)]
    public void IdNumber_ChecksumIsVerified(string id, bool valid) => Assert.Equal(valid, Complainant.IsValidIdNumber(id));

    [Fact]
    public void Reject_WithoutReason_ThrowsAndChangesNothing_R6()
    {
        var complaint = new ComplaintBuilder().Build();

        Assert.Throws<DomainException>(() => complaint.Apply(new RejectCommand([], "不予受理"), Supervisor, Monday, Context));

        Assert.Equal(ComplaintStatus.Registered, complaint.Status);
        Assert.Empty(complaint.RejectionReasons);
        Assert.Equal(0, complaint.Version);
        Assert.Single(complaint.History);
    }

    [Fact]
    public void Reply_ToAWrittenComplaint_MustBeWritten_R8()
    {
        var complaint = new ComplaintBuilder().With(c => c with { Form = ComplaintForm.Written }).InState(ComplaintStatus.Handled);

        Assert.Throws<DomainException>(() => complaint.Apply(new ReplyCommand("口头答复", Written: false), Supervisor, Monday, Context));
        Assert.Null(complaint.ReplyText);

        complaint.Apply(new ReplyCommand("书面答复函", Written: true), Supervisor, Monday, Context);
        Assert.Equal(ComplaintStatus.Replied, complaint.Status);
    }

    [Fact]
    public void Close_AfterDissatisfiedVisit_NeedsReviewOrReopen_R9()
    {
        var complaint = new ComplaintBuilder().Dissatisfied().InState(ComplaintStatus.Visited);

        Assert.DoesNotContain(ComplaintAction.Close, complaint.AllowedActions(Supervisor, Monday, Context));
        var ex = Assert.Throws<DomainException>(() => complaint.Apply(new CloseCommand(), Supervisor, Monday, Context));
        Assert.Contains("复核", ex.Message);

        complaint.Apply(new ReviewCommand("经复核，处理符合规定，予以办结"), Supervisor, Monday, Context);
        complaint.Apply(new CloseCommand(), Supervisor, Monday, Context);
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
    }

    [Fact]
    public void Reopen_BeyondTheLimit_EscalatesToLeadership_R9()
    {
        var complaint = new ComplaintBuilder().InState(ComplaintStatus.Reopened);
        Assert.Equal(1, complaint.ReopenCount);
        complaint.Apply(new StartInvestigationCommand(), Handler, Monday, Context);
        complaint.Apply(SampleCommand(ComplaintAction.RecordHandling), Handler, Monday, Context);
        complaint.Apply(SampleCommand(ComplaintAction.Reply), Handler, Monday, Context);

        complaint.Apply(new ReturnVisitCommand(VisitResult.Dissatisfied, VisitMethod.Phone), Supervisor, Monday, Context);

        Assert.True(complaint.EscalatedToLeadership);
        Assert.Equal("Escalate", complaint.History[^1].Action);
        Assert.DoesNotContain(ComplaintAction.Reopen, complaint.AllowedActions(Supervisor, Monday, Context));
        Assert.DoesNotContain(ComplaintAction.Review, complaint.AllowedActions(Supervisor, Monday, Context));
        Assert.Throws<NotPermittedException>(() => complaint.Apply(new ReviewCommand("维持"), Supervisor, Monday, Context));
        Assert.Contains(ComplaintAction.Review, complaint.AllowedActions(Leader, Monday, Context));
        complaint.Apply(new ReviewCommand("领导复核：维持处理结果"), Leader, Monday, Context);
        complaint.Apply(new CloseCommand(), Supervisor, Monday, Context);
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
    }

    [Fact]
    public void ReturnVisit_AnonymousComplainant_CanOnlyRecordNoVisit()
    {
        var complaint = new ComplaintBuilder()
            .With(c => c with { Complainant = Complainant.AnonymousPerson })
            .InState(ComplaintStatus.Replied);

        Assert.Throws<DomainException>(() => complaint.Apply(new ReturnVisitCommand(VisitResult.Satisfied, VisitMethod.Phone), Supervisor, Monday, Context));
        complaint.Apply(new ReturnVisitCommand(VisitResult.NotVisitedAnonymous, VisitMethod.Phone, "匿名"), Supervisor, Monday, Context);
        complaint.Apply(new CloseCommand(), Supervisor, Monday, Context);
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        Assert.Null(complaint.OpenDeadline(DeadlineKind.ReturnVisitBy));
    }

    [Fact]
    public void ReturnVisit_Unreachable_NeedsAReason()
    {
        var complaint = new ComplaintBuilder().InState(ComplaintStatus.Replied);

        Assert.Throws<DomainException>(() => complaint.Apply(new ReturnVisitCommand(VisitResult.NotVisitedUnreachable, VisitMethod.Phone), Supervisor, Monday, Context));
        complaint.Apply(new ReturnVisitCommand(VisitResult.NotVisitedUnreachable, VisitMethod.Phone, "三次电话未接通"), Supervisor, Monday, Context);
        Assert.Equal(ComplaintStatus.Visited, complaint.Status);
    }

    [Fact]
    public void Archived_IsReadOnly()
    {
        var complaint = new ComplaintBuilder().InState(ComplaintStatus.Archived);

        Assert.True(complaint.IsReadOnly);
        Assert.Empty(complaint.AllowedActions(Supervisor, Monday, Context));
        Assert.Empty(complaint.AllowedActions(Leader, Monday, Context));
    }

    [Fact]
    public void OnSiteResolution_SkipsInvestigation_ButStillNeedsReplyVisitAndClose_R5()
    {
        var complaint = new ComplaintBuilder().InState(ComplaintStatus.ResolvedOnSite);

        Assert.Equal([ComplaintAction.Reply], complaint.AllowedActions(Supervisor, Monday, Context));
        complaint.Apply(new ReplyCommand("当场答复", false), Supervisor, Monday, Context);
        complaint.Apply(new ReturnVisitCommand(VisitResult.Satisfied, VisitMethod.OnSite), Supervisor, Monday, Context);
        complaint.Apply(new CloseCommand(), Supervisor, Monday, Context);
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        Assert.Equal(Finding.Upheld, complaint.Finding);
    }

    [Fact]
    public void Assign_LeadUnitAsCoUnit_IsRefused_R7()
    {
        var complaint = new ComplaintBuilder().InState(ComplaintStatus.Accepted);

        Assert.Throws<DomainException>(() => complaint.Apply(new AssignCommand(HandlerUnit, [HandlerUnit]), Supervisor, Monday, Context));
    }

    [Fact]
    public void Assign_OrderDueAfterTheCaseDue_IsRefused_R7()
    {
        var complaint = new ComplaintBuilder().InState(ComplaintStatus.Accepted);
        var caseDue = complaint.OpenDeadline(DeadlineKind.ReplyBy)!.DueOn;

        Assert.Throws<DomainException>(() => complaint.Apply(new AssignCommand(HandlerUnit, [], OrderDueOn: caseDue.AddDays(1)), Supervisor, Monday, Context));
        complaint.Apply(new AssignCommand(HandlerUnit, [], OrderDueOn: caseDue), Supervisor, Monday, Context);
        Assert.Equal(caseDue, complaint.OrderDueOn);
    }

    [Fact]
    public void Withdraw_StopsEveryClock()
    {
        var complaint = new ComplaintBuilder().InState(ComplaintStatus.Investigating);

        complaint.Apply(new WithdrawCommand("投诉人撤回"), Supervisor, Monday, Context);

        Assert.All(complaint.Deadlines, d => Assert.False(d.IsOpen));
    }
}
