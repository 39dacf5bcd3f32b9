using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Realtime;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;

namespace ComplaintMonitor.Web.Features.Account;

/// <summary>
/// Access tokens for hub clients that are not browsers (a wall display's player, a desktop or mobile client): they
/// exchange a staff account's user name and password at <c>POST /account/token</c> for a bearer token (Identity's own
/// token format, protected by the data-protection keys) and pass it to the hub, where the WebSocket transport carries it
/// in the <c>access_token</c> query parameter. The same lockout as the login page applies.
/// </summary>
public static class HubTokens
{
    public const string Path = "/account/token";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public static IServiceCollection AddHubTokens(this IServiceCollection services)
    {
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme, options =>
        {
            options.BearerTokenExpiration = Lifetime;
            options.Events = new BearerTokenEvents
            {
                // Browsers cannot set headers on a WebSocket: a token in the query string is read for the hub alone.
                OnMessageReceived = context =>
                {
                    if (context.Request.Path.StartsWithSegments(ComplaintHub.Path) && context.Request.Query["access_token"] is [{ Length: > 0 } token])
                    {
                        context.Token = token;
                    }
                    return Task.CompletedTask;
                },
            };
        });
        return services;
    }

    public static IEndpointRouteBuilder MapHubTokens(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, IssueAsync).AllowAnonymous().DisableAntiforgery();
        return endpoints;
    }

    public sealed record TokenRequest(string? UserName, string? Password);

    // The bearer handler writes { tokenType, accessToken, expiresIn, refreshToken } itself when the sign-in succeeds.
    private static async Task<IResult> IssueAsync(TokenRequest request, SignInManager<AppUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.Problem(title: "请填写用户名和密码", statusCode: StatusCodes.Status400BadRequest);
        }
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.UserName.Trim(), request.Password, isPersistent: false, lockoutOnFailure: true);
        return result switch
        {
            { Succeeded: true } => TypedResults.Empty,
            { IsLockedOut: true } => TypedResults.Problem(title: "账户已锁定，请稍后再试", statusCode: StatusCodes.Status401Unauthorized),
            _ => TypedResults.Problem(title: "用户名或密码错误", statusCode: StatusCodes.Status401Unauthorized),
        };
    }
}
