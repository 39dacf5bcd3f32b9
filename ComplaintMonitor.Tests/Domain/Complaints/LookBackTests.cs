using ComplaintMonitor.Domain;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Tests.TestSupport;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Domain.Complaints;

public sealed class LookBackTests
{
    [Fact]
    public void ClosingAnUpheldCase_SelectsItForLookBack_AndItCannotBeArchivedBeforeIt()
    {
        var c = new ComplaintBuilder().InState(ComplaintStatus.Closed);

        Assert.True(c.LookBackSelected);
        Assert.Contains("回头看", c.GuardProblem(ComplaintAction.Archive, Monday, Context));
        var due = c.OpenDeadline(DeadlineKind.LookBackBy)!;
        // Closed Monday 2026-11-02; 10 WD later is Mon 11-16; then 5 WD to Mon 11-23.
        Assert.Equal(new DateOnly(2026, 11, 16), due.StartedOn);
        Assert.Equal(new DateOnly(2026, 11, 23), due.DueOn);
        Assert.Throws<DomainException>(() => c.Apply(new ArchiveCommand(), Supervisor, Monday, Context));
        Assert.Throws<DomainException>(() => c.Apply(SampleCommand(ComplaintAction.RecordLookBack), Supervisor, Monday.AddDays(7), Context));
        Assert.Equal("ScheduleLookBack", c.History[^1].Action);
    }

    [Fact]
    public void RecordedLookBack_CompletesItsDeadline_AndAllowsArchiving()
    {
        var c = new ComplaintBuilder().InState(ComplaintStatus.Closed);

        c.Apply(new RecordLookBackCommand(LookBackOutcome.Rebounded, "同类问题再次出现"), Supervisor, new DateTimeOffset(2026, 11, 17, 10, 0, 0, TimeSpan.FromHours(8)), Context);

        Assert.Equal(LookBackOutcome.Rebounded, c.LookBackOutcome);
        Assert.Null(c.OpenDeadline(DeadlineKind.LookBackBy));
        Assert.Contains(ComplaintAction.Archive, c.AllowedActions(Supervisor, LookBackTime, Context));
        Assert.DoesNotContain(ComplaintAction.RecordLookBack, c.AllowedActions(Supervisor, LookBackTime, Context));
    }

    [Fact]
    public void DecidingTwice_IsRefused()
    {
        var c = new ComplaintBuilder().InState(ComplaintStatus.Closed);

        Assert.Throws<DomainException>(() => c.ScheduleLookBack(Monday, Context));
    }

    [Fact]
    public void ANotUpheldCaseOutsideTheSample_MayBeArchivedRightAfterClosing()
    {
        var noSample = Context with { Policy = Context.Policy with { LookBackSampleRate = 0 } };
        var notUpheld = new ComplaintBuilder().InState(ComplaintStatus.Investigating);
        notUpheld.Apply(new RecordHandlingCommand(Finding.NotUpheld, "调取录像，不属实", "向投诉人解释说明"), Supervisor, Monday, noSample);
        notUpheld.Apply(new ReplyCommand("答复", false), Supervisor, Monday, noSample);
        notUpheld.Apply(new ReturnVisitCommand(VisitResult.Satisfied, VisitMethod.Phone), Supervisor, Monday, noSample);

        notUpheld.Apply(new CloseCommand(), Supervisor, Monday, noSample);

        Assert.False(notUpheld.LookBackSelected);
        notUpheld.Apply(new ArchiveCommand(), Supervisor, Monday, noSample);
        Assert.Equal(ComplaintStatus.Archived, notUpheld.Status);
    }

    [Fact]
    public void OnlyClosedCases_AreScheduled()
    {
        var c = new ComplaintBuilder().InState(ComplaintStatus.Visited);

        Assert.Throws<DomainException>(() => c.ScheduleLookBack(Monday, Context));
    }

    [Theory]
    [InlineData(Finding.Upheld, "TS202611020001", true)]
    [InlineData(Finding.PartlyUpheld, "TS202611020002", true)]
    public void Selection_TakesEveryUpheldCase(Finding finding, string caseNumber, bool selected) =>
        Assert.Equal(selected, DeadlinePolicy.Default.SelectsForLookBack(caseNumber, finding));

    [Fact]
    public void Selection_SamplesAboutTheConfiguredShareOfTheOthers()
    {
        static string Case(int n) => $"TS{20260101 + n / 5000}{n % 5000:D4}";
        var picked = Enumerable.Range(1, 10_000).Count(n => DeadlinePolicy.Default.SelectsForLookBack(Case(n), Finding.NotUpheld));

        Assert.InRange(picked, 1_700, 2_300);
        Assert.Equal(0, Enumerable.Range(1, 1000).Count(n => (DeadlinePolicy.Default with { LookBackSampleRate = 0 }).SelectsForLookBack(Case(n), Finding.NotUpheld)));
    }
}
