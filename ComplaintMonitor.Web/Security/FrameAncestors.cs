namespace ComplaintMonitor.Web.Security;

/// <summary>
/// No other site may frame the application (clickjacking: a disguised 受理 or 办结 button). Blazor sends
/// <c>frame-ancestors 'self'</c> itself only while its WebSocket compression is on, and the circuits run without it
/// (Program.cs), so the header is set here, for every response.
/// </summary>
public static class FrameAncestors
{
    public const string Policy = "frame-ancestors 'self'";

    public static IApplicationBuilder UseFrameAncestorsSelf(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.Headers.ContentSecurityPolicy = Policy;
        context.Response.Headers.XFrameOptions = "SAMEORIGIN";
        return next(context);
    });
}
