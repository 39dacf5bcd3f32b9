using System.Collections;
using System.Globalization;
using System.Resources;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Components.Shared;
using ComplaintMonitor.Web.Features.Complaints.List;
using ComplaintMonitor.Web.Localization;

namespace ComplaintMonitor.Tests.Web.Features.Complaints;

public sealed class DomainTextTests
{
    private static readonly ResourceManager Resources = new(typeof(SharedResource));

    private static readonly Type[] ShownEnums =
    [
        typeof(ComplaintStatus), typeof(ComplaintAction), typeof(Channel), typeof(ComplaintCategory), typeof(ComplaintForm),
        typeof(RespondentType), typeof(Complexity), typeof(Finding), typeof(VisitResult), typeof(VisitMethod), typeof(RejectionReason),
        typeof(DeadlineKind), typeof(DeadlineState), typeof(ExtensionStatus), typeof(DeadlineRule), typeof(UserRole), typeof(DeadlineFilter),
    ];

    public static TheoryData<string> Cultures => ["", "en-US"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EveryEnumValueShown_HasAText_InBothLanguages(string culture)
    {
        var set = Keys(culture);

        var missing = ShownEnums.SelectMany(t => Enum.GetNames(t).Select(n => $"{t.Name}.{n}")).Where(k => !set.Contains(k)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void ChineseTexts_AreTheDomainsOwnNames()
    {
        var zh = CultureInfo.InvariantCulture;
        foreach (var s in Enum.GetValues<ComplaintStatus>())
        {
            Assert.Equal(ZhNames.Of(s), Resources.GetString(DomainText.Key(s), zh));
        }
        foreach (var a in Enum.GetValues<ComplaintAction>())
        {
            Assert.Equal(ZhNames.Of(a), Resources.GetString(DomainText.Key(a), zh));
        }
        foreach (var c in Enum.GetValues<Channel>())
        {
            Assert.Equal(ZhNames.Of(c), Resources.GetString(DomainText.Key(c), zh));
        }
        foreach (var c in Enum.GetValues<ComplaintCategory>())
        {
            Assert.Equal(ZhNames.Of(c), Resources.GetString(DomainText.Key(c), zh));
        }
        foreach (var r in Enum.GetValues<RejectionReason>())
        {
            Assert.Equal(ZhNames.Of(r), Resources.GetString(DomainText.Key(r), zh));
        }
    }

    private static HashSet<string> Keys(string culture) =>
        [.. Resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key)];
}
