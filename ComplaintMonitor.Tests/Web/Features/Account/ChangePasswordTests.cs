using System.Net;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Features.Account;
using ComplaintMonitor.Web.Security;

namespace ComplaintMonitor.Tests.Web.Features.Account;

public sealed class ChangePasswordTests(ComplaintMonitorApp app) : IClassFixture<ComplaintMonitorApp>
{
    [Fact]
    public async Task The_page_is_a_static_Chinese_form()
    {
        await app.CreateUserAsync("viewer", AppRoles.Leader);
        using var client = await SignedInClient.CreateAsync(app, "viewer");

        var response = await client.GetAsync(new Uri(AccountRoutes.Password, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await LoginTests.HtmlAsync(response);
        Assert.Contains("当前密码", html, StringComparison.Ordinal);
        Assert.Contains("确认新密码", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"type\":\"server\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_password_replaces_the_old_one_and_keeps_this_session()
    {
        await app.CreateUserAsync("changer", AppRoles.Supervisor);
        var cookies = new CookieContainer();
        using var client = await SignedInClient.CreateAsync(app, "changer", cookies: cookies);

        var response = await ChangeAsync(client, DemoUsers.Password, "Qingming2027", "Qingming2027");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("密码已修改", await LoginTests.HtmlAsync(response), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        using var anonymous = SignedInClient.Anonymous(app);
        var old = await LoginTests.HtmlAsync(await SignedInClient.LoginAsync(anonymous, "changer", DemoUsers.Password));
        Assert.Contains("用户名或密码错误", old, StringComparison.Ordinal);
        using var again = await SignedInClient.CreateAsync(app, "changer", "Qingming2027");
    }

    [Theory]
    [InlineData("wrong-current1", "Duanwu2027", "Duanwu2027", "当前密码不正确")]
    [InlineData(DemoUsers.Password, "Duanwu2027", "Duanwu2028", "两次输入的新密码不一致")]
    [InlineData(DemoUsers.Password, "short1", "short1", "密码至少需要 8 位")]
    [InlineData(DemoUsers.Password, "onlyletters", "onlyletters", "密码须包含至少一个数字")]
    [InlineData(DemoUsers.Password, DemoUsers.Password, DemoUsers.Password, "新密码不能与当前密码相同")]
    [InlineData("", "", "", "请输入当前密码")]
    public async Task Problems_are_reported_in_Chinese_and_the_password_stays(string current, string next, string confirm, string message)
    {
        var userName = $"keeper{Guid.NewGuid():N}"[..16];
        await app.CreateUserAsync(userName, AppRoles.Leader);
        using var client = await SignedInClient.CreateAsync(app, userName);

        var html = await LoginTests.HtmlAsync(await ChangeAsync(client, current, next, confirm));

        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.DoesNotContain("密码已修改", html, StringComparison.Ordinal);
        using var again = await SignedInClient.CreateAsync(app, userName);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        using var client = SignedInClient.Anonymous(app);

        var response = await client.GetAsync(new Uri(AccountRoutes.Password, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Faccount%2Fpassword", LoginTests.LocalTarget(response));
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next, string confirm) =>
        SignedInClient.SubmitFormAsync(client, AccountRoutes.Password, "change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = confirm,
        });
}
