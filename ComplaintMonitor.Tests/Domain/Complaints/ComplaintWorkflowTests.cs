using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Tests.TestSupport;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Domain.Complaints;

public sealed class ComplaintWorkflowTests
{
    public static TheoryData<ComplaintStatus, ComplaintAction, ComplaintStatus> LegalTransitions()
    {
        var data = new TheoryData<ComplaintStatus, ComplaintAction, ComplaintStatus>();
        foreach (var ((from, action), to) in ComplaintWorkflow.Transitions)
        {
            data.Add(from, action, to);
        }
        return data;
    }

    public static TheoryData<ComplaintStatus, ComplaintAction> IllegalPairs()
    {
        var data = new TheoryData<ComplaintStatus, ComplaintAction>();
        foreach (var from in Enum.GetValues<ComplaintStatus>())
        {
            foreach (var action in Enum.GetValues<ComplaintAction>().Where(a => !ComplaintWorkflow.IsLegal(from, a)))
            {
                data.Add(from, action);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void Apply_LegalTransition_MovesStateAndWritesOneHistoryRow(ComplaintStatus from, ComplaintAction action, ComplaintStatus to)
    {
        var builder = new ComplaintBuilder();
        if (action is ComplaintAction.Reopen or ComplaintAction.Review)
        {
            builder.Dissatisfied();
        }
        var complaint = builder.InState(from);
        if (action is ComplaintAction.ApproveExtension or ComplaintAction.RefuseExtension)
        {
            complaint.Apply(SampleCommand(ComplaintAction.RequestExtension), Handler, Monday, Context);
        }
        var at = Monday;
        if (from == ComplaintStatus.Closed)
        {
            // Closing decided the 回头看; archiving waits for the look-back itself when the case was selected.
            at = LookBackTime;
            if (action == ComplaintAction.Archive && complaint.LookBackSelected == true)
            {
                complaint.Apply(SampleCommand(ComplaintAction.RecordLookBack), Supervisor, at, Context);
            }
        }
        var historyBefore = complaint.History.Count;
        var versionBefore = complaint.Version;

        var entry = complaint.Apply(SampleCommand(action), Supervisor, at, Context);

        Assert.Equal(to, complaint.Status);
        Assert.Single(complaint.History.Skip(historyBefore), h => h.Action == action.ToString());
        Assert.Equal(versionBefore + 1, complaint.Version);
        Assert.Equal(action.ToString(), entry.Action);
        Assert.Equal(from, entry.FromStatus);
        Assert.Equal(to, entry.ToStatus);
        Assert.Equal(Supervisor.UserId, entry.ActorId);
    }

    [Theory]
    [MemberData(nameof(IllegalPairs))]
    public void Apply_IllegalPair_ThrowsAndChangesNothing(ComplaintStatus from, ComplaintAction action)
    {
        var complaint = new ComplaintBuilder().InState(from);
        var version = complaint.Version;
        var history = complaint.History.Count;

        var ex = Assert.Throws<InvalidTransitionException>(() => complaint.Apply(SampleCommand(action), Supervisor, Monday, Context));

        Assert.Equal(from, ex.From);
        Assert.Equal(action, ex.Action);
        Assert.Equal(from, complaint.Status);
        Assert.Equal(version, complaint.Version);
        Assert.Equal(history, complaint.History.Count);
    }

    [Fact]
    public void Table_CoversEveryStateExceptArchivedAsASource()
    {
        var sources = ComplaintWorkflow.Transitions.Keys.Select(k => k.From).ToHashSet();
        Assert.Equal(Enum.GetValues<ComplaintStatus>().Where(s => s != ComplaintStatus.Archived), sources.Order());
        Assert.Empty(ComplaintWorkflow.ActionsFrom(ComplaintStatus.Archived));
    }

    [Fact]
    public void AllowedActions_RegisteredForSupervisor_AreTheDecisionsOnAcceptance()
    {
        var complaint = new ComplaintBuilder().Build();

        var allowed = complaint.AllowedActions(Supervisor, Monday, Context);

        Assert.Equal([ComplaintAction.Accept, ComplaintAction.Reject, ComplaintAction.RequestInfo, ComplaintAction.Withdraw], allowed.Order());
    }

    [Fact]
    public void AllowedActions_HandlerOfTheLeadUnit_CanInvestigateButNotClose()
    {
        var complaint = new ComplaintBuilder().InState(ComplaintStatus.Assigned);

        var allowed = complaint.AllowedActions(Handler, Monday, Context);

        Assert.Contains(ComplaintAction.StartInvestigation, allowed);
        Assert.Contains(ComplaintAction.RequestExtension, allowed);
        Assert.DoesNotContain(ComplaintAction.Assign, allowed);
        Assert.DoesNotContain(ComplaintAction.Withdraw, allowed);
    }

    [Fact]
    public void AllowedActions_HandlerOfAnotherUnit_IsEmpty_AndApplyIsRefused()
    {
        var complaint = new ComplaintBuilder().InState(ComplaintStatus.Assigned);

        Assert.Empty(complaint.AllowedActions(OtherHandler, Monday, Context));
        Assert.Throws<NotPermittedException>(() => complaint.Apply(new StartInvestigationCommand(), OtherHandler, Monday, Context));
        Assert.Equal(ComplaintStatus.Assigned, complaint.Status);
    }

    [Fact]
    public void Recusal_RespondentStaffInTheLeadUnit_CanNeverActOnTheCase()
    {
        var complaint = new ComplaintBuilder().InState(ComplaintStatus.Assigned);

        Assert.Empty(complaint.AllowedActions(RespondentAsHandler, Monday, Context));
        var ex = Assert.Throws<NotPermittedException>(() => complaint.Apply(new StartInvestigationCommand(), RespondentAsHandler, Monday, Context));
        Assert.Contains("回避", ex.Message);
    }

    [Fact]
    public void Recusal_AssigningTheRespondentAsHandler_IsRefused()
    {
        var complaint = new ComplaintBuilder().InState(ComplaintStatus.Accepted);

        Assert.Throws<NotPermittedException>(() => complaint.Apply(new AssignCommand(HandlerUnit, [], RespondentStaff), Supervisor, Monday, Context));
        Assert.Equal(ComplaintStatus.Accepted, complaint.Status);
        Assert.Null(complaint.LeadUnitId);
    }

    [Fact]
    public void Recusal_RespondentSupervisor_CannotApproveAnExtension()
    {
        var respondentSupervisor = Supervisor2 with { StaffId = RespondentStaff };
        var complaint = new ComplaintBuilder().InState(ComplaintStatus.Investigating);
        complaint.Apply(SampleCommand(ComplaintAction.RequestExtension), Handler, Monday, Context);

        Assert.Throws<NotPermittedException>(() => complaint.Apply(new ApproveExtensionCommand(), respondentSupervisor, Monday, Context));
    }

    [Fact]
    public void Handler_CannotAcceptOrAssign()
    {
        var complaint = new ComplaintBuilder().Build();

        Assert.Throws<NotPermittedException>(() => complaint.Apply(new AcceptCommand(), Handler, Monday, Context));
        Assert.Empty(complaint.AllowedActions(Handler, Monday, Context));
    }
}
