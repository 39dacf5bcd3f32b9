using ComplaintMonitor.Domain;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Tests.TestSupport;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Domain.Complaints;

public sealed class IdentityRevealTests
{
    [Fact]
    public void RecordIdentityReveal_AppendsHistory_WithoutChangingTheCase()
    {
        var complaint = new ComplaintBuilder().InState(ComplaintStatus.Assigned);
        var version = complaint.Version;
        var updated = complaint.UpdatedAt;
        var rows = complaint.History.Count;

        var entry = complaint.RecordIdentityReveal(Supervisor, Monday.AddHours(1));

        Assert.Equal(Complaint.RevealIdentityAction, entry.Action);
        Assert.Equal(ComplaintStatus.Assigned, entry.FromStatus);
        Assert.Equal(ComplaintStatus.Assigned, entry.ToStatus);
        Assert.Equal(Supervisor.UserId, entry.ActorId);
        Assert.Equal(Monday.AddHours(1), entry.At);
        Assert.DoesNotContain("张三", entry.Payload);
        Assert.DoesNotContain("13812341234", entry.Payload);
        Assert.Equal(rows + 1, complaint.History.Count);
        Assert.Equal(version, complaint.Version);
        Assert.Equal(updated, complaint.UpdatedAt);
        Assert.Equal(ComplaintStatus.Assigned, complaint.Status);
    }

    [Fact]
    public void RecordIdentityReveal_WorksOnArchivedCases()
    {
        var complaint = new ComplaintBuilder().InState(ComplaintStatus.Archived);

        complaint.RecordIdentityReveal(Leader, Monday.AddDays(30));

        Assert.Equal(ComplaintStatus.Archived, complaint.Status);
        Assert.Equal(Complaint.RevealIdentityAction, complaint.History[^1].Action);
    }

    [Fact]
    public void RecordIdentityReveal_ByTheRespondent_IsRefused_R21()
    {
        var complaint = new ComplaintBuilder().Build();
        var respondentSupervisor = Supervisor with { StaffId = RespondentStaff };

        Assert.Throws<NotPermittedException>(() => complaint.RecordIdentityReveal(respondentSupervisor, Monday));
        Assert.Single(complaint.History);
    }

    [Fact]
    public void RecordIdentityReveal_OfAnAnonymousComplaint_IsRefused()
    {
        var complaint = new ComplaintBuilder().With(c => c with { Complainant = Complainant.AnonymousPerson }).Build();

        Assert.Throws<DomainException>(() => complaint.RecordIdentityReveal(Supervisor, Monday));
        Assert.Single(complaint.History);
    }
}
