using ComplaintMonitor.Web.Cli;
using ComplaintMonitor.Web.Components;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Features;
using ComplaintMonitor.Web.Features.Account;
using ComplaintMonitor.Web.Features.Admin;
using ComplaintMonitor.Web.Features.Evaluations;
using ComplaintMonitor.Web.Features.Evaluations.Api;
using ComplaintMonitor.Web.Features.Exports;
using ComplaintMonitor.Web.Jobs;
using ComplaintMonitor.Web.Localization;
using ComplaintMonitor.Web.Realtime;
using ComplaintMonitor.Web.Security;
using Microsoft.Extensions.Logging.Console;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);
var isCommand = CommandLine.IsCommand(args);

// Command-line mode: only warnings, on stderr, so stdout carries the command's answer alone
if (isCommand)
{
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
}

// Serve MudBlazor/_framework assets from build output in any environment (dotnet run, tests); no-op once published
builder.WebHost.UseStaticWebAssets();

// Clock: every rule takes time from here, so tests can move it
builder.Services.AddSingleton(TimeProvider.System);

// Data: EF Core on SQLite (data/complaints.db) with migrations; the calendar and deadline policy in force
builder.AddComplaintData();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

// Features: workflow context, change feed, complaints, deadlines, statistics, notifications, 回头看 (Features/FeaturesExtensions.cs)
builder.Services.AddFeatures();
builder.Services.AddAdmin();

// Real time: SignalR hub /hubs/complaints fed by the change feed (Blazor circuits subscribe to the feed directly)
builder.Services.AddRealtimeHub();

// Scheduled jobs (Quartz): deadline scan, statistics, digests, snapshots
builder.AddJobs();

// Sign-in: ASP.NET Core Identity on the same database, cookie, role policies; anonymous visitors only reach the login page;
// bearer tokens for hub clients that are not browsers (POST /account/token)
builder.AddAccounts();
builder.Services.AddHubTokens();

// Rating API /api/v1: per-device API keys (scheme "ApiKey"), problem+json errors
builder.Services.AddRatingApi();

// UI: Blazor Server (interactive for signed-in staff; account pages and anonymous visitors static), MudBlazor, zh-CN/en-US strings
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddAppLocalization();

var app = builder.Build();

// Administration sub-commands (migrate, seed-demo, calendar …) run and exit without serving
if (isCommand)
{
    return await CommandLine.RunAsync(app.Services, args, Console.In, Console.Out, Console.Error);
}

// Database: migrate at start-up; demo data when configured and the database is empty
await app.Services.MigrateDatabaseAsync();
await app.SeedDemoDataIfEmptyAsync();

// Errors: friendly /Error page outside Development
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

// Only this site may frame its pages
app.UseFrameAncestorsSelf();

// Culture from the culture cookie, plus GET /culture/set
app.UseAppLocalization();

// 404s are re-executed as the Blazor NotFound page
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

// The hub accepts browsers from this site (and Realtime:AllowedOrigins) only
app.UseHubOriginCheck();

// Who is signed in, and may they reach this endpoint (302 to the login page / denied page before anything renders)
app.UseAuthentication();
app.UseAuthorization();

// Forms protection for Razor components (tokens are bound to the signed-in user, so after authentication)
app.UseAntiforgery();

// Endpoints: health and static assets (open to all), sign-out and hub tokens, the hub, export downloads, the rating API, then the Blazor app
app.MapHealthChecks("/health").AllowAnonymous();
app.MapStaticAssets().AllowAnonymous();
app.MapAccountEndpoints();
app.MapHubTokens();
app.MapHub<ComplaintHub>(ComplaintHub.Path);
app.MapExports();
app.MapEvaluationsApi();
// Circuits without per-message deflate: a live update is a render batch of a few hundred bytes, and compressing each one
// cost CPU on the server and in every browser for every open page. (Blazor's own frame-ancestors header goes with the
// compression; UseFrameAncestorsSelf above sets it for every response.)
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.DisableWebSocketCompression = true);

await app.RunAsync();
return 0;
