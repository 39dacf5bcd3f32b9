using Bunit;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Tests.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Evaluations;
using ComplaintMonitor.Web.Features.Evaluations.Detail;
using ComplaintMonitor.Web.Features.Evaluations.PaperSlip;
using Microsoft.EntityFrameworkCore;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Features.Evaluations;

/// <summary>bUnit: the paper-slip form's validation, the appeal panel offering only what the domain allows, the detail page's visibility.</summary>
public sealed class EvaluationComponentTests : ComplaintComponentTestBase
{
    private static Evaluation BadRating() => Evaluation.Receive(new NewEvaluation
    {
        UnitId = HandlerUnit, WindowId = 1, StaffId = RespondentStaff, ServiceCaseNumber = "BJ-UI-1", Level = 1, Channel = RatingChannel.Device,
    }, "apikey:1", Monday);

    private IRenderedComponent<AppealPanel> Panel(Evaluation rating, Actor actor) =>
        Ctx.Render<AppealPanel>(p => p.Add(x => x.Rating, rating).Add(x => x.Actor, actor));

    [Fact]
    public void The_rated_units_handler_is_offered_the_appeal_form_and_nothing_else()
    {
        var cut = Panel(BadRating(), Handler);

        Assert.NotEmpty(cut.FindAll("[data-testid=appeal-file]"));
        Assert.Empty(cut.FindAll("[data-testid=appeal-decide]"));
    }

    [Fact]
    public void Another_units_handler_and_a_supervisor_are_told_why_they_cannot_appeal()
    {
        var other = Panel(BadRating(), OtherHandler);
        Assert.Empty(other.FindAll("[data-testid=appeal-file]"));
        Assert.Equal("只有被评价单位可以申诉", other.Find("[data-testid=appeal-why-not]").TextContent.Trim());

        var supervisor = Panel(BadRating(), Supervisor);
        Assert.Empty(supervisor.FindAll("[data-testid=appeal-file]"));
        Assert.Empty(supervisor.FindAll("[data-testid=appeal-decide]"));
    }

    [Fact]
    public void A_pending_appeal_is_offered_for_decision_to_a_supervisor_but_not_to_the_rated_staff_member_or_the_filer()
    {
        var rating = BadRating();
        rating.FileAppeal(Handler, "群众误按", "监控录像", Monday);

        Assert.NotEmpty(Panel(rating, Supervisor).FindAll("[data-testid=appeal-decide]"));
        var rated = Panel(rating, new Actor("sup-9", "督查丙", UserRole.Supervisor, StaffId: RespondentStaff));
        Assert.Empty(rated.FindAll("[data-testid=appeal-decide]"));
        Assert.Contains("回避", rated.Find("[data-testid=appeal-why-not]").TextContent, StringComparison.Ordinal);
        Assert.Empty(Panel(rating, Handler).FindAll("[data-testid=appeal-decide]"));
        Assert.Empty(Panel(rating, Handler).FindAll("[data-testid=appeal-file]"));
    }

    [Fact]
    public void A_decided_appeal_offers_nothing_and_shows_the_record()
    {
        var rating = BadRating();
        rating.FileAppeal(Handler, "群众误按", "监控录像", Monday);
        rating.DecideAppeal(Leader, true, MisratingKind.Mistaken, "录像显示误按", Monday);

        var cut = Panel(rating, Supervisor);

        Assert.Empty(cut.FindAll("[data-testid=appeal-decide]"));
        Assert.Empty(cut.FindAll("[data-testid=appeal-file]"));
        Assert.Equal("申诉成立", cut.Find("[data-testid=appeal-status]").TextContent.Trim());
    }

    [Fact]
    public void A_good_rating_cannot_be_appealed_by_anyone()
    {
        var good = Evaluation.Receive(new NewEvaluation
        {
            UnitId = HandlerUnit, WindowId = 1, ServiceCaseNumber = "BJ-UI-2", Level = 5, Channel = RatingChannel.Device,
        }, "apikey:1", Monday);

        var cut = Panel(good, Handler);

        Assert.Empty(cut.FindAll("[data-testid=appeal-file]"));
        Assert.Equal("只有差评可以申诉", cut.Find("[data-testid=appeal-why-not]").TextContent.Trim());
    }

    [Fact]
    public async Task The_paper_slip_form_names_every_missing_field_and_stores_nothing()
    {
        RenderPopovers();
        var cut = Ctx.Render<PaperSlipPage>();

        await cut.Find("[data-testid=slip-submit]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("请选择评价等级", cut.Find("[data-testid=slip-level-error]").TextContent, StringComparison.Ordinal));
        Assert.Contains("请选择窗口", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("请填写办件编号", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(0, await InDbAsync(db => db.Evaluations.CountAsync()));
    }

    [Fact]
    public void The_paper_slip_form_starts_without_a_level_and_refuses_a_future_date()
    {
        var form = new PaperSlipForm { WindowId = 1, ServiceCaseNumber = "BJ-9", RatedOn = new DateTime(2026, 11, 3) };
        var l = Ctx.Services.GetService(typeof(Microsoft.Extensions.Localization.IStringLocalizer<ComplaintMonitor.Web.Localization.SharedResource>))
            as Microsoft.Extensions.Localization.IStringLocalizer<ComplaintMonitor.Web.Localization.SharedResource>;

        var problems = form.Problems(l!, new DateOnly(2026, 11, 2));

        Assert.Equal(["Level", "RatedOn"], problems.Keys.Order(StringComparer.Ordinal));
        Assert.Null(new PaperSlipForm().Level);
    }

    [Fact]
    public async Task A_paper_slip_goes_through_the_intake_as_a_paper_slip_rating()
    {
        SignInAs(Supervisor);
        var org = await Db.Get<ComplaintMonitor.Web.Features.Complaints.OrganisationDirectory>().LoadAsync();
        var form = new PaperSlipForm { WindowId = 1, StaffId = RespondentStaff, ServiceCaseNumber = "BJ-SLIP", Level = EvaluationLevel.Dissatisfied, RatedOn = new DateTime(2026, 10, 30) };

        var received = await Db.Get<EvaluationIntake>().ReceiveAsync(form.ToSubmission(org, Db.Time.GetUtcNow()), Supervisor.UserId, Supervisor);

        var stored = await InDbAsync(db => db.Evaluations.SingleAsync(e => e.Id == received.EvaluationId));
        Assert.Equal(RatingChannel.PaperSlip, stored.Channel);
        Assert.Equal(new DateOnly(2026, 10, 30), stored.RatedOn);
        Assert.Equal(Supervisor.UserId, stored.ReceivedFrom);
        Assert.NotNull(received.ComplaintCaseNumber);
    }

    [Fact]
    public async Task The_detail_page_hides_another_units_rating_from_a_handler_and_masks_the_rater()
    {
        var received = await Db.Get<EvaluationIntake>().ReceiveAsync(new RatingSubmission
        {
            WindowCode = "A01", StaffNo = "S200", ServiceCaseNumber = "BJ-DETAIL", Level = 1, Channel = RatingChannel.Device,
            RaterName = "王小五", RaterPhone = "13800001111",
        }, "apikey:1", EvaluationIntake.DeviceActor("apikey:1", "测试"));

        Ctx.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));
        SignInAs(OtherHandler);
        var hidden = Ctx.Render<EvaluationDetailPage>(p => p.Add(x => x.Id, received.EvaluationId));
        hidden.WaitForAssertion(() => Assert.NotEmpty(hidden.FindAll("[data-testid=eval-not-found]")));

        SignInAs(Handler);
        var own = Ctx.Render<EvaluationDetailPage>(p => p.Add(x => x.Id, received.EvaluationId));
        own.WaitForAssertion(() => Assert.Contains("王**", own.Find("[data-testid=eval-rater]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("王小五", own.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("13800001111", own.Markup, StringComparison.Ordinal);
        Assert.Empty(own.FindAll("[data-testid=rater-reveal]"));
        Assert.NotEmpty(own.FindAll("[data-testid=appeal-file]"));
    }
}
