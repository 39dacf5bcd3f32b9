using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Cli;
using ComplaintMonitor.Web.Security;

namespace ComplaintMonitor.Tests.Web.Cli;

public sealed class UserCommandTests(ComplaintMonitorApp app) : IClassFixture<ComplaintMonitorApp>
{
    private async Task<(int Code, string Out, string Err)> Run(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(app.Services, args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Create_admin_makes_an_administrator_who_can_sign_in()
    {
        var (code, stdout, _) = await Run("Guoqing2027\n", "user", "create-admin", "chief", "信息科");

        Assert.Equal(0, code);
        Assert.Contains("已创建管理员账户“chief”", stdout, StringComparison.Ordinal);
        var user = await app.FindUserAsync("chief");
        Assert.Equal("信息科", user!.DisplayName);
        using var client = await SignedInClient.CreateAsync(app, "chief", "Guoqing2027");
        var admin = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, admin.StatusCode);
    }

    [Theory]
    [InlineData("", "请从标准输入提供密码")]
    [InlineData("short\n", "密码至少需要 8 位")]
    public async Task Create_admin_refuses_a_missing_or_weak_password(string stdin, string message)
    {
        var (code, _, stderr) = await Run(stdin, "user", "create-admin", "weakling");

        Assert.Equal(1, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Null(await app.FindUserAsync("weakling"));
    }

    [Fact]
    public async Task Create_admin_refuses_an_existing_user()
    {
        await app.CreateUserAsync("taken", AppRoles.Leader);

        var (code, _, stderr) = await Run("Guoqing2027\n", "user", "create-admin", "taken");

        Assert.Equal(1, code);
        Assert.Contains("用户“taken”已存在", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_user_subcommand_is_a_usage_error()
    {
        var (code, _, stderr) = await Run("", "user", "delete", "someone");

        Assert.Equal(2, code);
        Assert.Contains("user create-admin", stderr, StringComparison.Ordinal);
    }
}
