using System.Globalization;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Features.Evaluations.Api;

namespace ComplaintMonitor.Web.Cli;

/// <summary>
/// <c>apikey create --channel CHANNEL --name NAME</c> (prints the key once; only its hash is stored), <c>apikey list</c>,
/// <c>apikey revoke ID</c>: keys of the rating API for devices, QR pages, the portal and terminals.
/// </summary>
public static class ApiKeyCommands
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        await services.MigrateDatabaseAsync();
        await using var scope = services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeys>();
        switch (args)
        {
            case ["create", .. var options]:
                var channelText = Option(options, "--channel");
                var name = Option(options, "--name");
                if (channelText is null || name is null || options.Length != 4)
                {
                    return CommandLine.UsageError(error, "apikey create 需要 --channel CHANNEL --name NAME");
                }
                if (!Enum.TryParse<RatingChannel>(channelText, ignoreCase: true, out var channel) || !Enum.IsDefined(channel) || int.TryParse(channelText, out _))
                {
                    await error.WriteLineAsync($"错误：未知渠道“{channelText}”，可用：{string.Join(", ", Enum.GetNames<RatingChannel>())}");
                    return 1;
                }
                var created = await keys.CreateAsync(channel, name, "cli");
                await output.WriteLineAsync(created.Key);
                await error.WriteLineAsync($"已创建密钥 {created.Row.Id}（{created.Row.Name}，渠道 {channel}）。密钥只显示这一次，请立即配置到设备。");
                return 0;
            case ["list"]:
                foreach (var k in await keys.ListAsync())
                {
                    await output.WriteLineAsync(string.Join('\t',
                        k.Id.ToString(CultureInfo.InvariantCulture), $"cmk_{k.Prefix}_…", k.Channel, k.Name,
                        k.RevokedAt is null ? "有效" : "已吊销", k.LastUsedAt?.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "未使用"));
                }
                return 0;
            case ["revoke", var idText] when int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                var revoked = await keys.RevokeAsync(id);
                await output.WriteLineAsync($"已吊销密钥 {revoked.Id}（{revoked.Name}）");
                return 0;
            default:
                return CommandLine.UsageError(error, "apikey 子命令不正确");
        }
    }

    private static string? Option(string[] options, string name)
    {
        var i = Array.IndexOf(options, name);
        return i >= 0 && i + 1 < options.Length ? options[i + 1] : null;
    }
}
