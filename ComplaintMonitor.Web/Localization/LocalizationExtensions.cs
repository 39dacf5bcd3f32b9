using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;

namespace ComplaintMonitor.Web.Localization;

public static class LocalizationExtensions
{
    /// <summary>
    /// Registers <c>IStringLocalizer&lt;T&gt;</c>. Resources sit next to their marker type
    /// (<c>Localization/SharedResource.resx</c> for <see cref="SharedResource"/>), so no ResourcesPath is set:
    /// with <c>ResourcesPath = "Localization"</c> the lookup would become
    /// <c>ComplaintMonitor.Web.Localization.Localization.SharedResource</c> and every string would fall back to its key.
    /// </summary>
    public static IServiceCollection AddAppLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = string.Empty);
        return services;
    }

    /// <summary>
    /// Picks the request culture (zh-CN by default, en-US on request) from the standard culture cookie only, and maps
    /// <c>GET /culture/set?culture=en-US&amp;redirectUri=/</c> which writes that cookie and redirects to a local URL.
    /// Call it before the Blazor endpoints so that both prerendering and the circuit see the culture.
    /// </summary>
    public static WebApplication UseAppLocalization(this WebApplication app)
    {
        var options = new RequestLocalizationOptions { ApplyCurrentCultureToResponseHeaders = true }
            .SetDefaultCulture(AppCultures.Default)
            .AddSupportedCultures([.. AppCultures.Supported])
            .AddSupportedUICultures([.. AppCultures.Supported]);
        // Only the user's explicit choice counts: an English browser still gets the Chinese default.
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        app.UseRequestLocalization(options);

        // Open to anonymous visitors too: the login page offers the language switch.
        app.MapGet(AppCultures.SwitchPath, SetCulture).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static RedirectHttpResult SetCulture(HttpContext http, string? culture, string? redirectUri)
    {
        if (AppCultures.Normalize(culture) is { } supported)
        {
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(supported)),
                new CookieOptions
                {
                    Path = "/",
                    MaxAge = TimeSpan.FromDays(365),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = http.Request.IsHttps,
                });
        }

        // Never an open redirect: anything that is not a local URL goes home.
        var target = RedirectHttpResult.IsLocalUrl(redirectUri) ? redirectUri! : "/";
        return TypedResults.LocalRedirect(target);
    }
}
