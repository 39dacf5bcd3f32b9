using MudBlazor;

namespace ComplaintMonitor.Web.Components.Layout;

/// <summary>The MudBlazor theme: a calm government blue, and system fonts with Chinese first (no web fonts).</summary>
public static class AppTheme
{
    public static IReadOnlyList<string> FontStack { get; } =
        ["PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "sans-serif"];

    public static MudTheme Theme { get; } = Create();

    private static MudTheme Create()
    {
        var theme = new MudTheme
        {
            PaletteLight = new PaletteLight
            {
                Primary = "#1F4E8C",
                Secondary = "#3A7CA5",
                Tertiary = "#5C6F91",
                Info = "#2B6CB0",
                Success = "#2E7D32",
                Warning = "#C77700",
                Error = "#C62828",
                AppbarBackground = "#1F4E8C",
                AppbarText = "#FFFFFF",
                Background = "#F4F6FA",
                Surface = "#FFFFFF",
                DrawerBackground = "#FFFFFF",
                DrawerText = "#2B3445",
                DrawerIcon = "#1F4E8C",
                TextPrimary = "#1F2733",
                TextSecondary = "#5A6577",
                LinesDefault = "#E1E6EE",
            },
            PaletteDark = new PaletteDark
            {
                Primary = "#7BA7E6",
                Secondary = "#6FB1D6",
                Tertiary = "#9AA9C7",
                Info = "#6CA6E8",
                Success = "#66BB6A",
                Warning = "#FFB74D",
                Error = "#EF5350",
                AppbarBackground = "#15233A",
                AppbarText = "#E6ECF5",
                Background = "#0F1726",
                Surface = "#18233A",
                DrawerBackground = "#131D31",
                DrawerText = "#D4DCE8",
                DrawerIcon = "#7BA7E6",
                TextPrimary = "#E6ECF5",
                TextSecondary = "#A3B0C4",
                LinesDefault = "#2A3650",
            },
            LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
        };

        var fonts = FontStack.ToArray();
        var t = theme.Typography;
        BaseTypography[] all = [t.Default, t.H1, t.H2, t.H3, t.H4, t.H5, t.H6, t.Subtitle1, t.Subtitle2, t.Body1, t.Body2, t.Button, t.Caption, t.Overline];
        foreach (var typo in all)
        {
            typo.FontFamily = fonts;
            typo.LetterSpacing = "normal";
        }
        // Chinese has no letter case; keep English button labels as written too.
        t.Button.TextTransform = "none";
        return theme;
    }
}
