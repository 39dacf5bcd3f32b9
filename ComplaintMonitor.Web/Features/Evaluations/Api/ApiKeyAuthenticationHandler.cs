using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintMonitor.Web.Features.Evaluations.Api;

/// <summary>
/// The rating API's scheme "ApiKey": the <c>X-Api-Key</c> header, looked up by its prefix and compared by hash in
/// constant time; revoked keys are refused at once. A refusal answers 401 problem+json (never the login page).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string ChannelClaim = "cm:rating-channel";
    public const string KeyIdClaim = "cm:apikey";

    // Writing LastUsedAt on every rating would turn each read into a write; once a minute says enough about a device.
    private static readonly TimeSpan UsageResolution = TimeSpan.FromMinutes(1);

    private string _failure = "缺少 X-Api-Key 请求头";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }
        var key = values.ToString().Trim();
        if (ApiKeys.PrefixOf(key) is not { } prefix)
        {
            return Fail("API 密钥格式不正确");
        }
        await using var db = await dbFactory.CreateDbContextAsync(Context.RequestAborted);
        var row = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (row is null || !ApiKeys.Matches(key, row.Hash))
        {
            return Fail("API 密钥无效");
        }
        if (row.RevokedAt is not null)
        {
            return Fail("API 密钥已吊销");
        }
        var now = time.GetUtcNow();
        if (row.LastUsedAt is not { } last || now - last >= UsageResolution)
        {
            var before = now - UsageResolution;
            await db.ApiKeys.Where(k => k.Id == row.Id && (k.LastUsedAt == null || k.LastUsedAt <= before))
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
        }
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, ReceivedFrom(row.Id)),
            new Claim(ClaimTypes.Name, row.Name),
            new Claim(KeyIdClaim, row.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ChannelClaim, row.Channel.ToString()),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = 401, Title = "未认证", Detail = _failure },
        });
    }

    /// <summary>The <see cref="Evaluation.ReceivedFrom"/> of ratings sent with key <paramref name="id"/>.</summary>
    public static string ReceivedFrom(int id) => $"apikey:{id.ToString(CultureInfo.InvariantCulture)}";

    public static RatingChannel ChannelOf(ClaimsPrincipal user) => Enum.Parse<RatingChannel>(user.FindFirstValue(ChannelClaim)!);

    private AuthenticateResult Fail(string reason)
    {
        _failure = reason;
        return AuthenticateResult.Fail(reason);
    }
}
