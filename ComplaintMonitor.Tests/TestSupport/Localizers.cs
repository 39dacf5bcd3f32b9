using ComplaintMonitor.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Tests.TestSupport;

/// <summary>The app's string localizer outside the app (messages follow the current UI culture).</summary>
public static class Localizers
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddLogging().AddAppLocalization().BuildServiceProvider();

    public static IStringLocalizer<SharedResource> Shared { get; } = Services.GetRequiredService<IStringLocalizer<SharedResource>>();
}
