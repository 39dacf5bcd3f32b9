namespace ComplaintMonitor.Tests.TestSupport;

/// <summary>Where the built application lives, found from the test assembly's own output folder (same configuration).</summary>
public static class RepoPaths
{
    private static readonly DirectoryInfo TestBin = new(AppContext.BaseDirectory.TrimEnd('/'));

    /// <summary>…/ComplaintMonitor.Tests/bin/{Configuration}/net10.0 → the repository root.</summary>
    public static string Root { get; } = TestBin.Parent!.Parent!.Parent!.Parent!.FullName;

    public static string Configuration { get; } = TestBin.Parent!.Name;

    public static string WebProject { get; } = Path.Combine(Root, "ComplaintMonitor.Web");

    public static string WebDll { get; } = Path.Combine(WebProject, "bin", Configuration, "net10.0", "ComplaintMonitor.Web.dll");
}
