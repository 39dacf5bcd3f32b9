using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace ComplaintMonitor.Web.Features.Account;

public static class AccountExtensions
{
    public const string CookieName = "cm.auth";

    public static readonly TimeSpan CookieLifetime = TimeSpan.FromHours(8);

    /// <summary>
    /// ASP.NET Core Identity on the application database, the sign-in cookie and the role policies of
    /// <see cref="Policies"/>. Every endpoint without its own rule needs a signed-in staff member (fallback policy):
    /// only the login and denied pages, static assets, <c>/health</c> and the culture switch are open to anonymous visitors.
    /// </summary>
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = CookieLifetime;
                options.SlidingExpiration = true;
                options.LoginPath = AccountRoutes.Login;
                options.LogoutPath = AccountRoutes.Logout;
                options.AccessDeniedPath = AccountRoutes.Denied;
                options.ReturnUrlParameter = AccountRoutes.ReturnUrlParameter;
            }));

        services.AddIdentityCore<AppUser>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<PasswordLetterValidator>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();
        services.AddScoped(sp => (LocalizedIdentityErrorDescriber)sp.GetRequiredService<IdentityErrorDescriber>());

        // The cookie is checked against the user row this often: a lock, password reset or role change ends old sessions.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = IdentityRevalidatingAuthenticationStateProvider.Interval);

        services.AddAuthorizationBuilder()
            .AddAppPolicies()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireRole(AppRoles.All).Build());

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<CurrentActor>();
        return builder;
    }

    /// <summary><c>POST /account/logout</c> (a form post with the antiforgery token): signs out and shows the login page.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AccountRoutes.Logout, LogoutAsync)
            .AllowAnonymous()
            .ExcludeFromDescription();
        return endpoints;
    }

    // The antiforgery token is checked here, so that a cross-site page cannot sign the user out (400 without it).
    private static async Task<IResult> LogoutAsync(HttpContext http, IAntiforgery antiforgery, SignInManager<AppUser> signInManager)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.BadRequest();
        }
        await signInManager.SignOutAsync();
        return TypedResults.LocalRedirect(AccountRoutes.Login);
    }
}
