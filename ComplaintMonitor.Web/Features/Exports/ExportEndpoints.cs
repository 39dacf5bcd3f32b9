using ComplaintMonitor.Web.Security;

namespace ComplaintMonitor.Web.Features.Exports;

/// <summary><c>GET /exports/{token}</c>: a finished export, to the user who started it only, once (then the file is deleted).</summary>
public static class ExportEndpoints
{
    public const string Path = "/exports";

    public static IEndpointConventionBuilder MapExports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path + "/{token}", (string token, HttpContext http, ExportJobs jobs) =>
        {
            var userId = ActorFactory.FromPrincipal(http.User)?.UserId;
            // Another user's token answers exactly like an unknown one: nothing tells that it exists.
            if (userId is null || jobs.TakeForDownload(token, userId) is not { } download)
            {
                return Results.NotFound();
            }
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(download.File, download.Job.Format.ContentType(), download.Job.FileName);
        }).RequireAuthorization(Policies.Staff);
}
