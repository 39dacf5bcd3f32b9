using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Web.Features.Complaints.List;

namespace ComplaintMonitor.Tests.Web.Features.Complaints;

public sealed class ComplaintFilterTests
{
    [Fact]
    public void FromUri_ReadsADashboardLink()
    {
        var filter = ComplaintFilter.FromUri(
            "http://host/complaints?status=Assigned&deadline=red&unit=3&window=5&channel=Phone&category=Efficiency&from=2026-11-01&to=2026-11-30");

        Assert.Equal(new ComplaintFilter
        {
            Status = ComplaintStatus.Assigned,
            Deadline = DeadlineFilter.Red,
            Unit = 3,
            Window = 5,
            Channel = Channel.Phone,
            Category = ComplaintCategory.Efficiency,
            From = new DateOnly(2026, 11, 1),
            To = new DateOnly(2026, 11, 30),
        }, filter);
    }

    [Fact]
    public void ToUri_RoundTrips_AndLeavesOutWhatIsNotSet()
    {
        var filter = new ComplaintFilter { Status = ComplaintStatus.Visited, RespondentUnit = 4, Deadline = DeadlineFilter.Yellow, Text = " 态度 " };

        var uri = filter.ToUri("/complaints");

        Assert.Equal("/complaints?status=Visited&deadline=yellow&respondentUnit=4&q=%E6%80%81%E5%BA%A6", uri);
        Assert.Equal(filter with { Text = "态度" }, ComplaintFilter.FromUri(uri));
        Assert.Equal("/complaints", ComplaintFilter.None.ToUri("/complaints"));
    }

    [Theory]
    [InlineData("/complaints?status=Nonsense&channel=7&unit=x&from=2026-13-01&deadline=purple&q=%20")]
    [InlineData("/complaints?status=99&window=-1&to=01/11/2026")]
    [InlineData("/complaints")]
    public void FromUri_IgnoresWhatItCannotRead(string uri) =>
        Assert.True(ComplaintFilter.FromUri(uri).IsEmpty);

    [Fact]
    public void FromUri_IsCaseInsensitiveForNames()
    {
        var filter = ComplaintFilter.FromUri("/complaints?status=assigned&deadline=RED&channel=phone");

        Assert.Equal(ComplaintStatus.Assigned, filter.Status);
        Assert.Equal(DeadlineFilter.Red, filter.Deadline);
        Assert.Equal(Channel.Phone, filter.Channel);
    }
}
