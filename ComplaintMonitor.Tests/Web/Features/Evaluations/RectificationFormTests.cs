using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Tests.Web.Components;
using ComplaintMonitor.Web.Features.Complaints.Actions;

namespace ComplaintMonitor.Tests.Web.Features.Evaluations;

/// <summary>The 办理结果 form of a 差评 case asks for the rectification mode and refuses to go without it .</summary>
public sealed class RectificationFormTests
{
    [Fact]
    public void A_bad_rating_case_needs_the_rectification_mode_and_sends_it()
    {
        using var culture = CultureScope.Use("zh-CN");
        var complaint = new ComplaintBuilder().With(i => i with { Channel = Channel.RatingDevice, SourceEvaluationId = 7 }).Build();
        var form = ActionForm.For(ComplaintAction.RecordHandling, complaint, DeadlinePolicy.Default);
        form.Finding = Finding.Upheld;
        form.InvestigationNotes = "调取录像";
        form.Measures = "批评教育";

        Assert.True(form.RectificationRequired);
        Assert.Equal("请选择整改方式", form.Problems(Localizers.Shared)[nameof(ActionForm.Rectification)]);

        form.Rectification = RectificationMode.Immediate;

        Assert.Empty(form.Problems(Localizers.Shared));
        Assert.Equal(RectificationMode.Immediate, Assert.IsType<RecordHandlingCommand>(form.ToCommand()).Rectification);
    }

    [Fact]
    public void An_ordinary_case_does_not_ask_for_it()
    {
        var form = ActionForm.For(ComplaintAction.RecordHandling, new ComplaintBuilder().Build(), DeadlinePolicy.Default);
        form.Finding = Finding.NotUpheld;
        form.InvestigationNotes = "调取录像";
        form.Measures = "解释说明";
        form.Rectification = RectificationMode.Scheduled;

        Assert.False(form.RectificationRequired);
        Assert.Empty(form.Problems(Localizers.Shared));
        Assert.Null(Assert.IsType<RecordHandlingCommand>(form.ToCommand()).Rectification);
    }
}
