using System.Net;
using ComplaintMonitor.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ComplaintMonitor.Tests.Web;

public sealed class AppShellTests(ComplaintMonitorApp factory) : IClassFixture<ComplaintMonitorApp>, IAsyncLifetime
{
    private const string EnglishCultureCookie = ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US";

    public async Task InitializeAsync() => await factory.SeedDemoAccountsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Home_is_served_in_Chinese_by_default()
    {
        using var client = await SignedInClient.CreateAsync(factory, "leader");
        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await HtmlAsync(response);
        Assert.Contains("投诉处置总览", html, StringComparison.Ordinal);
        Assert.Contains("政务服务投诉处置督办平台", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_is_served_in_English_with_the_en_US_culture_cookie()
    {
        var cookies = new CookieContainer();
        using var client = await SignedInClient.CreateAsync(factory, "leader", cookies: cookies);
        cookies.SetCookies(new Uri("http://localhost/"), EnglishCultureCookie);

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await HtmlAsync(response);
        Assert.Contains("Complaint Handling Overview", html, StringComparison.Ordinal);
        Assert.DoesNotContain("投诉处置总览", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en-US\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/account/login", false)]
    public async Task Pages_may_be_framed_only_by_this_site(string path, bool signedIn)
    {
        using var client = signedIn ? await SignedInClient.CreateAsync(factory, "leader") : factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("frame-ancestors 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("SAMEORIGIN", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Browser_language_alone_does_not_switch_to_English()
    {
        using var client = await SignedInClient.CreateAsync(factory, "leader");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Accept-Language", "en-US,en;q=0.9");

        var html = await HtmlAsync(await client.SendAsync(request));

        Assert.Contains("投诉处置总览", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/account/login", false)]
    public async Task Pages_use_only_local_assets(string path, bool signedIn)
    {
        using var client = signedIn ? await SignedInClient.CreateAsync(factory, "leader") : SignedInClient.Anonymous(factory);
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await HtmlAsync(response);

        Assert.Contains("_content/MudBlazor/MudBlazor.min", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fonts.googleapis", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/app.css")]
    public async Task Static_assets_are_served_to_anonymous_visitors(string path)
    {
        using var client = SignedInClient.Anonymous(factory);
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Remembered_dark_theme_is_prerendered()
    {
        const string DarkBackground = "--mud-palette-background: rgba(15,23,38,1)";
        using var lightClient = await SignedInClient.CreateAsync(factory, "leader");
        var cookies = new CookieContainer();
        using var darkClient = await SignedInClient.CreateAsync(factory, "leader", cookies: cookies);
        cookies.SetCookies(new Uri("http://localhost/"), "cm-theme=dark");

        var dark = await HtmlAsync(await darkClient.GetAsync(new Uri("/", UriKind.Relative)));
        var light = await HtmlAsync(await lightClient.GetAsync(new Uri("/", UriKind.Relative)));

        Assert.Contains(DarkBackground, dark, StringComparison.Ordinal);
        Assert.DoesNotContain(DarkBackground, light, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Culture_endpoint_sets_the_cookie_and_redirects_to_a_local_page()
    {
        var response = await Client().GetAsync(new Uri("/culture/set?culture=en-US&redirectUri=%2Fcomplaints%3Fpage%3D2", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/complaints?page=2", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(EnglishCultureCookie + ";", cookie, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task Culture_endpoint_refuses_to_redirect_off_site(string redirectUri)
    {
        var response = await Client().GetAsync(
            new Uri($"/culture/set?culture=en-US&redirectUri={Uri.EscapeDataString(redirectUri)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Culture_endpoint_ignores_unsupported_cultures()
    {
        var response = await Client().GetAsync(new Uri("/culture/set?culture=fr-FR&redirectUri=%2F", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Unknown_page_shows_the_Chinese_not_found_page_with_404()
    {
        using var client = await SignedInClient.CreateAsync(factory, "handler");
        var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await HtmlAsync(response);
        Assert.Contains("页面不存在", html, StringComparison.Ordinal);
        Assert.Contains("返回首页", html, StringComparison.Ordinal);
    }

    private HttpClient Client() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    // Blazor HTML-encodes non-ASCII text (&#x6295;…), so decode before looking for Chinese.
    private static async Task<string> HtmlAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
