namespace ComplaintMonitor.Web.Localization;

/// <summary>
/// Marker type for the application's shared UI strings: inject <c>IStringLocalizer&lt;SharedResource&gt;</c>.
/// The strings live in <c>SharedResource.resx</c> (zh-CN, the neutral/default language) and
/// <c>SharedResource.en-US.resx</c> next to this file.
/// </summary>
public sealed class SharedResource;
