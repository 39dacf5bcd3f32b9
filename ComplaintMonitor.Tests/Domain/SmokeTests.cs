namespace ComplaintMonitor.Tests.Domain;

public sealed class SmokeTests
{
    [Fact]
    public void Builds() => Assert.True(true);
}
