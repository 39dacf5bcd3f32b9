using System.Net;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Features.Account;
using ComplaintMonitor.Web.Security;

namespace ComplaintMonitor.Tests.Web.Features.Account;

public sealed class LoginTests(ComplaintMonitorApp app) : IClassFixture<ComplaintMonitorApp>, IAsyncLifetime
{
    public async Task InitializeAsync() => await app.SeedDemoAccountsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Login_page_is_a_static_Chinese_form_without_a_circuit()
    {
        using var client = SignedInClient.Anonymous(app);

        var response = await client.GetAsync(new Uri(AccountRoutes.Login, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await HtmlAsync(response);
        Assert.Contains("用户名", html, StringComparison.Ordinal);
        Assert.Contains("密码", html, StringComparison.Ordinal);
        Assert.Contains("登录", html, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.UserName\"", html, StringComparison.Ordinal);
        // No interactive component markers: an anonymous visitor is never offered a Blazor circuit.
        Assert.DoesNotContain("\"type\":\"server\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_sets_the_cookie_and_returns_to_the_local_page_asked_for()
    {
        var cookies = new CookieContainer();
        using var client = SignedInClient.Anonymous(app, cookies);

        var response = await SignedInClient.LoginAsync(client, "supervisor", DemoUsers.Password, returnUrl: "/admin?tab=2");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin?tab=2", LocalTarget(response));
        Assert.True(SignedInClient.HasSignInCookie(cookies));
        var setCookie = string.Join("\n", response.Headers.GetValues("Set-Cookie"));
        Assert.Contains(AccountExtensions.CookieName + "=", setCookie, StringComparison.Ordinal);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);

        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    public async Task Login_never_redirects_off_site(string returnUrl)
    {
        using var client = SignedInClient.Anonymous(app);

        var response = await SignedInClient.LoginAsync(client, "leader", DemoUsers.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", LocalTarget(response));
    }

    [Fact]
    public async Task Wrong_password_shows_the_Chinese_message_and_sets_no_cookie()
    {
        var cookies = new CookieContainer();
        using var client = SignedInClient.Anonymous(app, cookies);

        var response = await SignedInClient.LoginAsync(client, "leader", "wrong-password-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await HtmlAsync(response);
        Assert.Contains("用户名或密码错误", html, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password-1", html, StringComparison.Ordinal);
        Assert.False(SignedInClient.HasSignInCookie(cookies));
    }

    [Fact]
    public async Task Unknown_user_gets_the_same_message_as_a_wrong_password()
    {
        using var client = SignedInClient.Anonymous(app);

        var html = await HtmlAsync(await SignedInClient.LoginAsync(client, "nobody", "whatever1"));

        Assert.Contains("用户名或密码错误", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_fields_are_reported_in_Chinese()
    {
        using var client = SignedInClient.Anonymous(app);

        var html = await HtmlAsync(await SignedInClient.LoginAsync(client, "", ""));

        Assert.Contains("请输入用户名", html, StringComparison.Ordinal);
        Assert.Contains("请输入密码", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        await app.CreateUserAsync("lockme", AppRoles.Supervisor);
        using var client = SignedInClient.Anonymous(app);

        for (var i = 1; i <= 4; i++)
        {
            var html = await HtmlAsync(await SignedInClient.LoginAsync(client, "lockme", $"wrong-{i}-pass"));
            Assert.Contains("用户名或密码错误", html, StringComparison.Ordinal);
        }
        var fifth = await HtmlAsync(await SignedInClient.LoginAsync(client, "lockme", "wrong-5-pass"));
        var cookies = new CookieContainer();
        using var other = SignedInClient.Anonymous(app, cookies);
        var right = await SignedInClient.LoginAsync(other, "lockme", DemoUsers.Password);

        Assert.Contains("账户已锁定，请 15 分钟后再试", fifth, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("账户已锁定，请 15 分钟后再试", await HtmlAsync(right), StringComparison.Ordinal);
        Assert.False(SignedInClient.HasSignInCookie(cookies));
        var user = await app.FindUserAsync("lockme");
        Assert.True(user!.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
        Assert.True(user.LockoutEnd < DateTimeOffset.UtcNow.AddMinutes(16));
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        var cookies = new CookieContainer();
        using var client = await SignedInClient.CreateAsync(app, "handler", cookies: cookies);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        var response = await SignedInClient.LogoutAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AccountRoutes.Login, response.Headers.Location?.OriginalString);
        Assert.False(SignedInClient.HasSignInCookie(cookies));
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("http://localhost/account/login", home.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_without_the_antiforgery_token_is_refused()
    {
        var cookies = new CookieContainer();
        using var client = await SignedInClient.CreateAsync(app, "leader", cookies: cookies);

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>());
        var response = await client.PostAsync(new Uri(AccountRoutes.Logout, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(SignedInClient.HasSignInCookie(cookies));
    }

    [Fact]
    public async Task Signed_in_pages_carry_the_user_menu_with_name_and_Chinese_role()
    {
        using var client = await SignedInClient.CreateAsync(app, "leader");

        var html = await HtmlAsync(await client.GetAsync(new Uri("/", UriKind.Relative)));

        Assert.Contains("data-testid=\"user-menu", html, StringComparison.Ordinal);
        Assert.Contains("中心主任", html, StringComparison.Ordinal);
        Assert.Contains(">领导<", html, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"server\"", html, StringComparison.Ordinal);
    }

    /// <summary>Where a redirect goes, as a path on this site; fails for a redirect to any other host.</summary>
    internal static string LocalTarget(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException("No Location header");
        if (!location.IsAbsoluteUri)
        {
            return location.OriginalString;
        }
        Assert.Equal("localhost", location.Host);
        return location.PathAndQuery;
    }

    internal static async Task<string> HtmlAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
