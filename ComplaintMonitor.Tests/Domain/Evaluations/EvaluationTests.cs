using ComplaintMonitor.Domain;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Organisation;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Domain.Evaluations;

public sealed class EvaluationTests
{
    private static readonly DateTimeOffset Now = Monday;

    private static NewEvaluation Input(int level = 1) => new()
    {
        UnitId = HandlerUnit, WindowId = 1, StaffId = RespondentStaff, ServiceCaseNumber = " BJ-2026-0001 ", Level = level,
        Comment = "等了很久", Channel = RatingChannel.Device,
    };

    private static Evaluation Bad() => Evaluation.Receive(Input(), "apikey:1", Now);

    [Theory]
    [InlineData(0, "评价等级")]
    [InlineData(6, "评价等级")]
    public void Receive_refuses_a_level_outside_one_to_five(int level, string message)
    {
        var ex = Assert.Throws<DomainException>(() => Evaluation.Receive(Input(level), "apikey:1", Now));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_lists_every_problem()
    {
        var errors = (Input() with { ServiceCaseNumber = " ", Comment = new string('x', 1001), RatedAt = Now.AddHours(1) }).Validate(Now);

        Assert.Equal(["请填写办件编号", "评价内容不能超过 1000 字", "评价时间不能晚于当前时间"], errors);
    }

    [Fact]
    public void Receive_keeps_the_rating_as_given_and_dates_it_in_Shanghai()
    {
        var late = new DateTimeOffset(2026, 11, 1, 17, 30, 0, TimeSpan.Zero); // 01:30 on 2 Nov in Shanghai
        var e = Evaluation.Receive(Input(4) with { RatedAt = late }, "apikey:1", Now);

        Assert.Equal("BJ-2026-0001", e.ServiceCaseNumber);
        Assert.Equal(EvaluationLevel.Satisfied, e.Level);
        Assert.Equal(new DateOnly(2026, 11, 2), e.RatedOn);
        Assert.False(e.IsBad);
        Assert.Throws<DomainException>(() => e.LinkCase(1));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(5, false)]
    public void Only_the_two_lowest_levels_are_bad(int level, bool bad) => Assert.Equal(bad, ((EvaluationLevel)level).IsBad());

    [Fact]
    public void Only_the_rated_units_handler_may_appeal_and_only_once()
    {
        var e = Bad();

        Assert.Null(e.AppealProblem(Handler));
        Assert.Equal("只有被评价单位可以申诉", e.AppealProblem(OtherHandler));
        Assert.NotNull(e.AppealProblem(Supervisor));
        Assert.Throws<NotPermittedException>(() => e.FileAppeal(OtherHandler, "误按", "监控录像 10:02", Now));

        e.FileAppeal(Handler, "群众误按", "监控录像 10:02–10:05", Now);

        Assert.Equal(AppealStatus.Pending, e.AppealStatus);
        Assert.Equal("该评价已申诉过，不能重复申诉", e.AppealProblem(Handler));
    }

    [Fact]
    public void A_good_rating_cannot_be_appealed() =>
        Assert.Equal("只有差评可以申诉", Evaluation.Receive(Input(5), "apikey:1", Now).AppealProblem(Handler));

    [Fact]
    public void An_appeal_needs_reason_and_evidence()
    {
        var e = Bad();
        Assert.Throws<DomainException>(() => e.FileAppeal(Handler, "误按", " ", Now));
        Assert.Equal(AppealStatus.None, e.AppealStatus);
    }

    [Fact]
    public void The_decision_is_for_a_supervisor_or_leader_who_is_neither_the_filer_nor_the_rated_staff_member()
    {
        var e = Bad();
        Assert.Equal("没有待复核的申诉", e.DecisionProblem(Supervisor));
        e.FileAppeal(Handler, "群众误按", "监控录像", Now);

        var ratedSupervisor = new Actor("sup-9", "督查丙", UserRole.Supervisor, StaffId: RespondentStaff);
        var filerAsLeader = Handler with { Role = UserRole.Leader };

        Assert.Null(e.DecisionProblem(Supervisor));
        Assert.Null(e.DecisionProblem(Leader));
        Assert.Equal("申诉由督查或中心领导复核", e.DecisionProblem(Handler));
        Assert.Equal("您是被评价人，按回避规定不能复核", e.DecisionProblem(ratedSupervisor));
        Assert.Equal("复核人不能是申诉人", e.DecisionProblem(filerAsLeader));
        Assert.Throws<NotPermittedException>(() => e.DecideAppeal(ratedSupervisor, true, MisratingKind.Mistaken, "同意", Now));
    }

    [Fact]
    public void Approving_moves_the_rating_from_its_level_to_excluded()
    {
        var e = Bad();
        var before = EvaluationCounts.Of(e);
        e.FileAppeal(Handler, "群众误按", "监控录像", Now);
        Assert.Throws<DomainException>(() => e.DecideAppeal(Supervisor, true, null, "同意", Now));

        e.DecideAppeal(Supervisor, true, MisratingKind.Malicious, "录像显示恶意刷差评", Now);

        Assert.True(e.Excluded);
        Assert.Equal(EvaluationLevel.VeryDissatisfied, e.Level);
        Assert.Equal(1, before.VeryDissatisfied);
        Assert.Equal(new EvaluationCounts { Excluded = 1 }, EvaluationCounts.Of(e));
        Assert.Equal("没有待复核的申诉", e.DecisionProblem(Leader));
        Assert.Equal(0, EvaluationKpis.From(EvaluationCounts.Of(e)).Ratings);
    }

    [Fact]
    public void Refusing_keeps_the_rating_in_the_rates()
    {
        var e = Bad();
        e.FileAppeal(Handler, "群众误按", "监控录像", Now);

        e.DecideAppeal(Leader, false, MisratingKind.Mistaken, "证据不足", Now);

        Assert.Equal(AppealStatus.Refused, e.AppealStatus);
        Assert.Null(e.Misrating);
        Assert.Equal(1, EvaluationCounts.Of(e).VeryDissatisfied);
        Assert.NotNull(e.AppealProblem(Handler));
    }

    [Fact]
    public void A_bad_rating_opens_a_case_against_the_rated_staff_member_with_the_raters_identity()
    {
        var e = Evaluation.Receive(Input(2) with { RaterName = "王五", RaterPhone = "13800001111" }, "apikey:1", Now);

        var input = BadRatingCase.For(e);

        Assert.Equal(Channel.RatingDevice, input.Channel);
        Assert.Equal(RespondentType.Staff, input.RespondentType);
        Assert.Equal(RespondentStaff, input.RespondentStaffId);
        Assert.Equal("BJ-2026-0001", input.LinkedServiceCaseNumber);
        Assert.False(input.Complainant.Anonymous);
        Assert.Contains("不满意", input.Content, StringComparison.Ordinal);
        Assert.Contains("等了很久", input.Content, StringComparison.Ordinal);
        Assert.Empty(input.Validate(Now));
        Assert.True(BadRatingCase.For(Evaluation.Receive(Input() with { StaffId = null }, "x", Now)).Complainant.Anonymous);
        Assert.Equal(RespondentType.Window, BadRatingCase.For(Evaluation.Receive(Input() with { StaffId = null }, "x", Now)).RespondentType);
    }
}
