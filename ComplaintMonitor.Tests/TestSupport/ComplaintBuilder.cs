using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Organisation;

namespace ComplaintMonitor.Tests.TestSupport;

/// <summary>Builds a complaint and drives it along the legal path to the wanted state, as real users would.</summary>
public sealed class ComplaintBuilder
{
    public const int HandlerUnit = 10;
    public const int OtherUnit = 11;
    public const int HandlerStaff = 100;
    public const int RespondentStaff = 200;

    public static readonly Actor Supervisor = new("sup-1", "督查甲", UserRole.Supervisor, StaffId: 1);
    public static readonly Actor Supervisor2 = new("sup-2", "督查乙", UserRole.Supervisor, StaffId: 2);
    public static readonly Actor Leader = new("leader-1", "领导甲", UserRole.Leader, StaffId: 3);
    public static readonly Actor Handler = new("handler-1", "承办甲", UserRole.Handler, HandlerStaff, HandlerUnit);
    public static readonly Actor OtherHandler = new("handler-2", "承办乙", UserRole.Handler, 101, OtherUnit);
    public static readonly Actor RespondentAsHandler = new("handler-3", "被投诉人", UserRole.Handler, RespondentStaff, HandlerUnit);

    /// <summary>Monday 2026-11-02, 10:00 in Shanghai.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(8));

    public static WorkflowContext Context { get; } = new(OfficialCalendar.Load(), DeadlinePolicy.Default);

    private NewComplaint _input = new()
    {
        Channel = Channel.OnSite,
        Form = ComplaintForm.Oral,
        ReceivedAt = Monday,
        Complainant = new Complainant("张三", "13812341234", null, null, false),
        RespondentType = RespondentType.Staff,
        RespondentUnitId = HandlerUnit,
        RespondentStaffId = RespondentStaff,
        Category = ComplaintCategory.ServiceAttitude,
        Content = "窗口工作人员态度生硬",
    };

    private DateTimeOffset _now = Monday;
    private bool _dissatisfied;

    public ComplaintBuilder With(Func<NewComplaint, NewComplaint> change)
    {
        _input = change(_input);
        return this;
    }

    public ComplaintBuilder ReceivedAt(DateTimeOffset at)
    {
        _input = _input with { ReceivedAt = at };
        _now = at;
        return this;
    }

    /// <summary>The return visit on the way to Visited/Reopened says 不满意.</summary>
    public ComplaintBuilder Dissatisfied()
    {
        _dissatisfied = true;
        return this;
    }

    public Complaint Build() => Complaint.Register(_input, "TS202611020001", Supervisor, _now, Context);

    /// <summary>Five weeks after <see cref="Monday"/>: a closed case's 回头看 is due by then.</summary>
    public static readonly DateTimeOffset LookBackTime = Monday.AddDays(35);

    /// <summary>Records the 回头看 of a closed case when closing selected it, so that it may be archived.</summary>
    public static void CompleteLookBack(Complaint c)
    {
        if (c.LookBackSelected == true)
        {
            c.Apply(new RecordLookBackCommand(LookBackOutcome.Consolidated, "整改到位"), Supervisor, LookBackTime, Context);
        }
    }

    public Complaint InState(ComplaintStatus target)
    {
        if (target == ComplaintStatus.Archived)
        {
            var closed = InState(ComplaintStatus.Closed);
            CompleteLookBack(closed);
            closed.Apply(new ArchiveCommand(), Supervisor, LookBackTime, Context);
            return closed;
        }
        var c = Build();
        foreach (var (command, actor) in PathTo(target))
        {
            c.Apply(command, actor, _now, Context);
        }
        Assert.Equal(target, c.Status);
        return c;
    }

    public static ComplaintCommand SampleCommand(ComplaintAction action, bool dissatisfied = false) => action switch
    {
        ComplaintAction.Accept => new AcceptCommand(),
        ComplaintAction.Reject => new RejectCommand([RejectionReason.OutOfScope], "您反映的事项不属于政务服务范畴"),
        ComplaintAction.RequestInfo => new RequestInfoCommand("请补充办件编号"),
        ComplaintAction.SupplyInfo => new SupplyInfoCommand("已补充办件编号"),
        ComplaintAction.ResolveOnSite => new ResolveOnSiteCommand(Finding.Upheld, "当场致歉并办结业务"),
        ComplaintAction.Assign => new AssignCommand(HandlerUnit, [], HandlerStaff),
        ComplaintAction.StartInvestigation => new StartInvestigationCommand(),
        ComplaintAction.RecordHandling => new RecordHandlingCommand(Finding.Upheld, "调取录像，情况属实", "批评教育，扣减考核分"),
        ComplaintAction.Reply => new ReplyCommand("经核实，情况属实，已整改", Written: false),
        ComplaintAction.ReturnVisit => new ReturnVisitCommand(dissatisfied ? VisitResult.Dissatisfied : VisitResult.Satisfied, VisitMethod.Phone),
        ComplaintAction.Reopen => new ReopenCommand("投诉人认为未解决"),
        ComplaintAction.Review => new ReviewCommand("复核认为处理得当，维持原处理结果"),
        ComplaintAction.Close => new CloseCommand(),
        ComplaintAction.Archive => new ArchiveCommand(),
        ComplaintAction.Withdraw => new WithdrawCommand("投诉人主动撤回"),
        ComplaintAction.RequestExtension => new RequestExtensionCommand("需要调取外部材料"),
        ComplaintAction.ApproveExtension => new ApproveExtensionCommand("同意"),
        ComplaintAction.RefuseExtension => new RefuseExtensionCommand("理由不充分"),
        ComplaintAction.RecordLookBack => new RecordLookBackCommand(LookBackOutcome.Consolidated, "整改到位，未反弹"),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    private IEnumerable<(ComplaintCommand, Actor)> PathTo(ComplaintStatus target)
    {
        (ComplaintCommand, Actor) Step(ComplaintAction a) => (SampleCommand(a, _dissatisfied), Supervisor);
        ComplaintAction[] path = target switch
        {
            ComplaintStatus.Registered => [],
            ComplaintStatus.NeedInfo => [ComplaintAction.RequestInfo],
            ComplaintStatus.Accepted => [ComplaintAction.Accept],
            ComplaintStatus.Rejected => [ComplaintAction.Reject],
            ComplaintStatus.Withdrawn => [ComplaintAction.Withdraw],
            ComplaintStatus.ResolvedOnSite => [ComplaintAction.Accept, ComplaintAction.ResolveOnSite],
            ComplaintStatus.Assigned => [ComplaintAction.Accept, ComplaintAction.Assign],
            ComplaintStatus.Investigating => [ComplaintAction.Accept, ComplaintAction.Assign, ComplaintAction.StartInvestigation],
            ComplaintStatus.Handled => [ComplaintAction.Accept, ComplaintAction.Assign, ComplaintAction.StartInvestigation, ComplaintAction.RecordHandling],
            ComplaintStatus.Replied => [ComplaintAction.Accept, ComplaintAction.Assign, ComplaintAction.StartInvestigation, ComplaintAction.RecordHandling, ComplaintAction.Reply],
            ComplaintStatus.Visited => [ComplaintAction.Accept, ComplaintAction.Assign, ComplaintAction.StartInvestigation, ComplaintAction.RecordHandling, ComplaintAction.Reply, ComplaintAction.ReturnVisit],
            ComplaintStatus.Reopened => [ComplaintAction.Accept, ComplaintAction.Assign, ComplaintAction.StartInvestigation, ComplaintAction.RecordHandling, ComplaintAction.Reply, ComplaintAction.ReturnVisit, ComplaintAction.Reopen],
            ComplaintStatus.Closed => [ComplaintAction.Accept, ComplaintAction.Assign, ComplaintAction.StartInvestigation, ComplaintAction.RecordHandling, ComplaintAction.Reply, ComplaintAction.ReturnVisit, ComplaintAction.Close],
            _ => throw new ArgumentOutOfRangeException(nameof(target)),
        };
        if (target == ComplaintStatus.Reopened)
        {
            _dissatisfied = true;
        }
        return path.Select(Step).ToList();
    }
}
