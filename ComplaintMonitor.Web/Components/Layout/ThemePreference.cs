namespace ComplaintMonitor.Web.Components.Layout;

/// <summary>How the light/dark choice is remembered: a plain cookie that the server reads when it prerenders.</summary>
public static class ThemePreference
{
    public const string CookieName = "cm-theme";

    /// <summary>Name of the cascading <see cref="bool"/> (true = dark) that <c>Routes</c> passes to the layout.</summary>
    public const string CascadingName = "InitialDarkMode";

    private const string Dark = "dark";
    private const string Light = "light";

    public static bool IsDark(string? cookieValue) => string.Equals(cookieValue, Dark, StringComparison.Ordinal);

    /// <summary>The <c>document.cookie</c> assignment that remembers the choice for a year.</summary>
    public static string CookieAssignment(bool dark) =>
        $"{CookieName}={(dark ? Dark : Light)}; path=/; max-age=31536000; samesite=lax";
}
