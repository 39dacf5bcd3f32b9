using Microsoft.Playwright;

namespace ComplaintMonitor.Tests.TestSupport;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser: the executable is given), shared by the
/// end-to-end tests together with one <see cref="LiveApp"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public LiveApp App { get; } = new();
    public IBrowser Browser { get; private set; } = null!;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: run ./test.sh, which installs Debian's chromium package.");
        }
        await App.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1366, int height = 768)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A new page signed in as a demo user. When a submission has not left the sign-in page within 15 s, the form is
    /// filled and sent again (at most three times), as a user would: once, under the full suite's load, a sign-in click
    /// was lost and the page waited out the whole timeout (CI, session 6; never reproduced alone).
    /// </summary>
    public async Task<IPage> SignInAsync(string user, int width = 1366, int height = 768)
    {
        var page = await NewPageAsync(width, height);
        for (var attempt = 1; ; attempt++)
        {
            await page.GotoAsync("/account/login");
            await page.FillAsync("input[name='Input.UserName']", user);
            await page.FillAsync("input[name='Input.Password']", "Demo@2026");
            await page.ClickAsync("button[type=submit]");
            try
            {
                await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), new() { Timeout = 15000 });
                return page;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                // Sent again below.
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "E2E";
}
