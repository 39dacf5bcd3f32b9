using Bunit;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Web.Components.Shared;

namespace ComplaintMonitor.Tests.Web.Components;

public sealed class DeadlineBadgeTests : ComponentTestBase
{
    [Theory]
    [InlineData(DeadlineState.Normal, 3, "剩 3 个工作日")]
    [InlineData(DeadlineState.Yellow, 0, "今日到期")]
    // Due on Friday, seen on Sunday: no working day has gone by, yet the case is overdue.
    [InlineData(DeadlineState.Red, 0, "已超期")]
    [InlineData(DeadlineState.Red, -2, "超期 2 个工作日")]
    public void The_days_left_read_as_the_light_says(DeadlineState state, int left, string expected)
    {
        using var _ = CultureScope.Use("zh-CN");

        var cut = Ctx.Render<DeadlineBadge>(p => p.Add(b => b.Deadline, new DeadlineSummary(DeadlineKind.ReplyBy, state, new DateOnly(2026, 11, 27), left, false)));

        Assert.Equal(expected, cut.Find(".deadline-badge__left").TextContent.Trim());
    }
}
