using ComplaintMonitor.Web.Data.Seeding;
using Microsoft.Playwright;

namespace ComplaintMonitor.Bench;

/// <summary>
/// Dashboard pages (<c>/</c>, the live counters) open in one Debian Chromium driven by Playwright — never a downloaded
/// browser — all signed in as the demo supervisor (one sign-in through the login form, one browser context). Each page
/// stamps, in its own clock, the moment the text of <c>counter-RegisteredToday-value</c> changes in its DOM.
/// </summary>
public sealed class DashboardPages : IAsyncDisposable
{
    private const string Counter = "[data-testid=counter-RegisteredToday-value]";

    // A MutationObserver on the whole body (Blazor may replace the text node or the element): the first callback after
    // the counter's text differs records [text, wall-clock ms]. The skew between Date.now() and the high-resolution
    // wall clock is returned so the driver can tell if the two clocks disagree.
    private const string InstallObserver = """
        () => {
          const read = () => { const e = document.querySelector('[data-testid=counter-RegisteredToday-value]'); return e ? e.textContent.trim() : null; };
          window.__rt = { last: read(), marks: [] };
          new MutationObserver(() => {
            const t = performance.timeOrigin + performance.now();
            const v = read();
            if (v !== window.__rt.last) { window.__rt.last = v; window.__rt.marks.push([v, t]); }
          }).observe(document.body, { subtree: true, childList: true, characterData: true });
          return Date.now() - (performance.timeOrigin + performance.now());
        }
        """;

    // The first change stamped at or after the commit, then forget the stamps (a page keeps no growing list).
    private const string TakeMark = """
        (since) => {
          const m = window.__rt.marks; const hit = m.find(x => x[1] >= since);
          if (!hit) return -1;
          window.__rt.marks = [];
          return hit[1];
        }
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;
    private readonly List<IPage> _pages = [];
    private readonly string _path;
    private readonly bool _ownsBrowser;

    private DashboardPages(IPlaywright playwright, IBrowser browser, IBrowserContext context, string path = "/", bool ownsBrowser = true)
    {
        _playwright = playwright;
        _browser = browser;
        _context = context;
        _path = path;
        _ownsBrowser = ownsBrowser;
    }

    public int Count => _pages.Count;

    /// <summary>The largest |Date.now() − (timeOrigin + now())| seen when a page was set up, in ms (whole-ms Date.now).</summary>
    public double MaxClockSkew { get; private set; }

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Launches Chromium, signs the supervisor in through <c>/account/login</c> and keeps the landing dashboard as the first page.</summary>
    public static async Task<DashboardPages> StartAsync(Uri baseAddress)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: install Debian's chromium package (./test.sh does).");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                .. (Environment.GetEnvironmentVariable("BENCH_CHROMIUM_ARGS") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)],
        });
        var context = await NewContextAsync(browser, baseAddress);
        var pages = new DashboardPages(playwright, browser, context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.Locator("[data-testid=username]").FillAsync("supervisor");
        await page.Locator("[data-testid=password]").FillAsync(DemoUsers.Password);
        await page.Locator("[data-testid=login-submit]").ClickAsync();
        await pages.ReadyAsync(page);
        return pages;
    }

    private static async Task<IBrowserContext> NewContextAsync(IBrowser browser, Uri baseAddress)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        context.SetDefaultTimeout(120_000);
        return context;
    }

    /// <summary>
    /// Plain pages of <see cref="BareSockets"/> in a context of their own in the same browser (the browser's floor: a
    /// WebSocket message sets the counter's text), observed like the dashboards.
    /// </summary>
    public async Task<DashboardPages> OpenBareAsync(Uri baseAddress) =>
        new(_playwright, _browser, await NewContextAsync(_browser, baseAddress), BareSockets.PagePath, ownsBrowser: false);

    /// <summary>Closes every page opened so far (the browser and the sign-in stay).</summary>
    public async Task ClosePagesAsync()
    {
        foreach (var page in _pages)
        {
            await page.CloseAsync();
        }
        _pages.Clear();
    }

    /// <summary>Opens dashboard pages (a few at a time) until <paramref name="count"/> are live and observed.</summary>
    public async Task EnsureAsync(int count)
    {
        while (_pages.Count < count)
        {
            var batch = Math.Min(4, count - _pages.Count);
            await Task.WhenAll(Enumerable.Range(0, batch).Select(async _ =>
            {
                var page = await _context.NewPageAsync();
                await page.GotoAsync(_path);
                await ReadyAsync(page);
            }));
        }
    }

    /// <summary>Another tab of the signed-in supervisor, not counted among the dashboard pages.</summary>
    public Task<IPage> NewPageAsync() => _context.NewPageAsync();

    /// <summary>The sign-in cookie(s) as a Cookie header, for SignalR .NET clients of the same account.</summary>
    public async Task<string> CookieHeaderAsync(Uri baseAddress) =>
        string.Join("; ", (await _context.CookiesAsync([baseAddress.ToString()])).Select(c => $"{c.Name}={c.Value}"));

    /// <summary>
    /// For each page, the wall-clock ms at which its counter changed at or after <paramref name="since"/>; null for a
    /// page that showed nothing before <paramref name="timeout"/>. Pages are first read after <paramref name="firstLook"/>,
    /// so reading them does not compete with the update being measured.
    /// </summary>
    public async Task<double?[]> TakeMarksAsync(double since, TimeSpan firstLook, TimeSpan timeout)
    {
        var result = new double?[_pages.Count];
        var pending = Enumerable.Range(0, _pages.Count).ToList();
        var deadline = DateTime.UtcNow + timeout;
        await Task.Delay(firstLook);
        while (pending.Count > 0)
        {
            foreach (var i in pending.ToList())
            {
                var t = await _pages[i].EvaluateAsync<double>(TakeMark, since);
                if (t >= 0)
                {
                    result[i] = t;
                    pending.Remove(i);
                }
            }
            if (pending.Count == 0 || DateTime.UtcNow > deadline)
            {
                break;
            }
            await Task.Delay(50);
        }
        return result;
    }

    private async Task ReadyAsync(IPage page)
    {
        // "interactive" is rendered by the circuit; the counters appear once its first query answered (and it subscribed).
        await page.Locator("[data-testid=interactive]").Filter(new LocatorFilterOptions { HasText = "interactive" })
            .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.Locator(Counter).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        var skew = Math.Abs(await page.EvaluateAsync<double>(InstallObserver));
        lock (_pages)
        {
            MaxClockSkew = Math.Max(MaxClockSkew, skew);
            _pages.Add(page);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        if (_ownsBrowser)
        {
            await _browser.DisposeAsync();
            _playwright.Dispose();
        }
    }
}
