using ComplaintMonitor.Domain.Privacy;

namespace ComplaintMonitor.Tests.Domain.Privacy;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("", "")]
    public void Name_KeepsTheSurnameOnly(string name, string masked) => Assert.Equal(masked, Masking.Name(name));

    [Theory]
    [InlineData("13812341234", "138****1234")]
    [InlineData("0477-8581234", "047*****1234")]
    public void Phone_KeepsPrefixAndLastFour(string phone, string masked) => Assert.Equal(masked, Masking.Phone(phone));

    [Fact]
    public void IdNumber_KeepsFirstAndLastFour() => Assert.Equal("1*************002X", Masking.IdNumber("11010519491231002X"));

    [Fact]
    public void Address_KeepsTheDistrictOnly() => Assert.Equal("内蒙古自治区****", Masking.Address("内蒙古自治区鄂尔多斯市康巴什区"));
}
