using ComplaintMonitor.Web.Components;
using ComplaintMonitor.Web.Localization;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

// Serve MudBlazor/_framework assets from build output in any environment (dotnet run, tests); no-op once published
builder.WebHost.UseStaticWebAssets();

// UI: Blazor Server (global interactivity), MudBlazor, zh-CN/en-US strings
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddAppLocalization();

var app = builder.Build();

// Errors: friendly /Error page outside Development
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

// Culture from the culture cookie, plus GET /culture/set
app.UseAppLocalization();

// 404s are re-executed as the Blazor NotFound page
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

// Forms protection for Razor components
app.UseAntiforgery();

// Endpoints: static assets (fingerprinted), then the Blazor app
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
