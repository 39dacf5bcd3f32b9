using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace ComplaintMonitor.Web.Cli;

/// <summary>
/// <c>user create-admin NAME [DISPLAY NAME]</c>: the first administrator of a new installation (there are no demo accounts
/// in production). The password is read from the first line of standard input, never from the command line.
/// </summary>
public static class UserCommands
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args is not ["create-admin", var userName, .. var rest] || rest.Length > 1)
        {
            return CommandLine.UsageError(error, "user 子命令不正确");
        }
        var password = await input.ReadLineAsync();
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("错误：请从标准输入提供密码（第一行）");
            return 1;
        }

        await services.MigrateDatabaseAsync();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            await error.WriteLineAsync($"错误：用户“{userName}”已存在");
            return 1;
        }
        await DemoUsers.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        var user = new AppUser { UserName = userName, DisplayName = rest is [var displayName] ? displayName : "系统管理员" };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, AppRoles.Admin);
        }
        if (!result.Succeeded)
        {
            await error.WriteLineAsync($"错误：{string.Join("；", result.Errors.Select(e => e.Description))}");
            return 1;
        }
        await output.WriteLineAsync($"已创建管理员账户“{userName}”，请登录后在“系统管理 → 用户与角色”中创建其他账户。");
        return 0;
    }
}
