using System.Collections;
using System.Globalization;
using System.Resources;
using ComplaintMonitor.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Tests.Web.Localization;

public sealed class SharedResourceTests
{
    [Fact]
    public void English_resources_have_exactly_the_keys_of_the_Chinese_defaults()
    {
        var manager = new ResourceManager(typeof(SharedResource));

        var chinese = Keys(manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false));
        var english = Keys(manager.GetResourceSet(CultureInfo.GetCultureInfo("en-US"), createIfNotExists: true, tryParents: false));

        Assert.NotEmpty(chinese);
        Assert.Equal(chinese, english);
    }

    [Theory]
    [InlineData("zh-CN", "政务服务投诉处置督办平台")]
    [InlineData("en-US", "Government Service Complaint Handling & Supervision Platform")]
    public void AddAppLocalization_finds_the_strings(string culture, string expected)
    {
        using var provider = new ServiceCollection().AddLogging().AddAppLocalization().BuildServiceProvider();
        var localizer = provider.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            var name = localizer["App.Name"];

            Assert.False(name.ResourceNotFound);
            Assert.Equal(expected, name.Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static SortedSet<string> Keys(ResourceSet? set) =>
        new(set?.Cast<DictionaryEntry>().Select(e => (string)e.Key) ?? [], StringComparer.Ordinal);
}
