using System.Net;
using System.Text.RegularExpressions;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Features.Account;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace ComplaintMonitor.Tests.TestSupport;

/// <summary>
/// HTTP clients for the in-process app that behave like a browser without JavaScript: they keep cookies, never follow
/// redirects (so tests see the 302s), and sign in through the real login form with its antiforgery token.
/// </summary>
public static partial class SignedInClient
{
    /// <summary>A client with no session; <paramref name="cookies"/> lets a test read or add cookies.</summary>
    public static HttpClient Anonymous(WebApplicationFactory<Program> app, CookieContainer? cookies = null) =>
        app.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies ?? new CookieContainer()));

    /// <summary>Signs <paramref name="userName"/> in through <c>/account/login</c> and returns the client holding the sign-in cookie.</summary>
    /// <exception cref="InvalidOperationException">The login page did not accept the credentials.</exception>
    public static async Task<HttpClient> CreateAsync(
        WebApplicationFactory<Program> app, string userName, string password = DemoUsers.Password, CookieContainer? cookies = null)
    {
        cookies ??= new CookieContainer();
        var client = Anonymous(app, cookies);
        using var response = await LoginAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect || !HasSignInCookie(cookies))
        {
            var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            client.Dispose();
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode} {Excerpt(body)}");
        }
        return client;
    }

    /// <summary>Posts the login form as a browser would (GET the page for the token, then POST); the response is not followed.</summary>
    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password, string? returnUrl = null) =>
        SubmitFormAsync(client,
            returnUrl is null ? AccountRoutes.Login : AccountRoutes.LoginFor(returnUrl),
            "login",
            new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = password });

    /// <summary>Posts the sign-out form found on the change-password page.</summary>
    public static Task<HttpResponseMessage> LogoutAsync(HttpClient client) =>
        SubmitFormAsync(client, AccountRoutes.Password, AccountRoutes.Logout, new Dictionary<string, string>());

    public static bool HasSignInCookie(CookieContainer cookies) =>
        cookies.GetCookies(new Uri("http://localhost/")).Any(c => c.Name == AccountExtensions.CookieName && c.Value.Length > 0);

    /// <summary>
    /// GETs <paramref name="pagePath"/>, picks the form named <paramref name="form"/> (its Blazor form name, or its action
    /// path), and POSTs its hidden fields (antiforgery token, form name) plus <paramref name="fields"/> to where it posts.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        HttpClient client, string pagePath, string form, IReadOnlyDictionary<string, string> fields)
    {
        using var page = await client.GetAsync(new Uri(pagePath, UriKind.Relative));
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {pagePath} answered {(int)page.StatusCode} {page.Headers.Location}");
        }
        var html = await page.Content.ReadAsStringAsync();
        var (action, hidden) = FindForm(html, form)
            ?? throw new InvalidOperationException($"No form “{form}” on {pagePath}: {Excerpt(WebUtility.HtmlDecode(html))}");
        foreach (var (name, value) in fields)
        {
            hidden[name] = value;
        }
        using var content = new FormUrlEncodedContent(hidden);
        return await client.PostAsync(new Uri(action ?? pagePath, UriKind.Relative), content);
    }

    private static (string? Action, Dictionary<string, string> Hidden)? FindForm(string html, string form)
    {
        foreach (Match match in FormPattern().Matches(html))
        {
            var action = Attribute(match.Groups["attrs"].Value, "action");
            var hidden = new Dictionary<string, string>();
            foreach (Match input in InputPattern().Matches(match.Groups["body"].Value))
            {
                var attrs = input.Value;
                if (Attribute(attrs, "type") == "hidden" && Attribute(attrs, "name") is { } name)
                {
                    hidden[name] = Attribute(attrs, "value") ?? "";
                }
            }
            if (hidden.GetValueOrDefault("_handler") == form || action == form)
            {
                return (action, hidden);
            }
        }
        return null;
    }

    private static string? Attribute(string tag, string name)
    {
        var m = Regex.Match(tag, "\\s" + name + "=\"([^\"]*)\"", RegexOptions.IgnoreCase);
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
    }

    private static string Excerpt(string text) => text.Length > 600 ? text[..600] + "…" : text;

    [GeneratedRegex("""<form(?<attrs>[^>]*)>(?<body>.*?)</form>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("""<input[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex InputPattern();
}
