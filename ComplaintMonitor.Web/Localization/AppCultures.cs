namespace ComplaintMonitor.Web.Localization;

/// <summary>The cultures the UI offers, and the URL of the endpoint that switches between them.</summary>
public static class AppCultures
{
    /// <summary>Simplified Chinese, the default for every user who has not chosen otherwise.</summary>
    public const string Chinese = "zh-CN";

    public const string English = "en-US";

    public const string Default = Chinese;

    /// <summary>Path of the endpoint that stores the chosen culture in the culture cookie and redirects back.</summary>
    public const string SwitchPath = "/culture/set";

    public static IReadOnlyList<string> Supported { get; } = [Chinese, English];

    /// <summary>Returns the canonical name (e.g. <c>en-US</c>) of a supported culture, or null if it is not supported.</summary>
    public static string? Normalize(string? culture) =>
        Supported.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));

    /// <summary>Builds <c>/culture/set?culture=…&amp;redirectUri=…</c>; <paramref name="redirectUri"/> should be a local path.</summary>
    public static string SwitchUrl(string culture, string redirectUri) =>
        $"{SwitchPath}?culture={Uri.EscapeDataString(culture)}&redirectUri={Uri.EscapeDataString(redirectUri)}";
}
