using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintMonitor.Web.Features.Account;

/// <summary>Paths of the sign-in pages and endpoints, and the one rule for where a sign-in may send the user back to.</summary>
public static class AccountRoutes
{
    public const string Login = "/account/login";
    public const string Logout = "/account/logout";
    public const string Denied = "/account/denied";
    public const string Password = "/account/password";

    /// <summary>The cookie handler's query parameter for the page to return to (<c>/account/login?ReturnUrl=%2Fadmin</c>).</summary>
    public const string ReturnUrlParameter = "ReturnUrl";

    /// <summary><paramref name="returnUrl"/> when it is a local URL (never an open redirect), otherwise the home page.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && RedirectHttpResult.IsLocalUrl(returnUrl) ? returnUrl : "/";

    /// <summary>The login page that brings the user back to <paramref name="returnUrl"/> afterwards.</summary>
    public static string LoginFor(string returnUrl) =>
        $"{Login}?{ReturnUrlParameter}={Uri.EscapeDataString(returnUrl)}";
}
