namespace ComplaintMonitor.Web.Realtime;

/// <summary>
/// WebSocket upgrades are not covered by CORS, so a page on another site could open the hub with the user's cookie.
/// A browser always sends Origin: requests to the hub from an origin other than this site or <c>Realtime:AllowedOrigins</c>
/// are refused. Clients that send no Origin (the .NET client, devices) authenticate without a browser's cookies.
/// </summary>
public static class OriginCheck
{
    public static IApplicationBuilder UseHubOriginCheck(this WebApplication app)
    {
        var allowed = app.Configuration.GetSection("Realtime:AllowedOrigins").Get<string[]>() ?? [];
        return app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments(ComplaintHub.Path), branch => branch.Use(async (ctx, next) =>
        {
            var origin = ctx.Request.Headers.Origin.ToString();
            if (origin.Length > 0 && !IsAllowed(origin, ctx.Request, allowed))
            {
                // A body keeps the status-code page from re-executing the request as the not-found page.
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                await ctx.Response.WriteAsync("origin not allowed");
                return;
            }
            await next();
        }));
    }

    public static bool IsAllowed(string origin, HttpRequest request, IReadOnlyCollection<string> allowed) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && (string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            || allowed.Contains(origin.TrimEnd('/'), StringComparer.OrdinalIgnoreCase));
}
