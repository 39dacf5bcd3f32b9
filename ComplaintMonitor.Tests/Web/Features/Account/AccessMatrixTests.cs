using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using ComplaintMonitor.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Xunit.Abstractions;

namespace ComplaintMonitor.Tests.Web.Features.Account;

/// <summary>The app with the demo accounts, and one signed-in client per role (signing in once per role, not per case).</summary>
public sealed class AccessMatrixFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<Who, HttpClient> _clients = new();

    public ComplaintMonitorApp App { get; } = new();

    public async Task InitializeAsync() => await App.SeedDemoAccountsAsync();

    public async Task<HttpClient> ClientAsync(Who who)
    {
        if (!_clients.TryGetValue(who, out var client))
        {
            client = who == Who.Anonymous ? SignedInClient.Anonymous(App) : await SignedInClient.CreateAsync(App, AccessMatrix.DemoUserName(who));
            _clients[who] = client;
        }
        return client;
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
        await App.DisposeAsync();
    }
}

public sealed class AccessMatrixTests(AccessMatrixFixture fixture, ITestOutputHelper output) : IClassFixture<AccessMatrixFixture>
{
    public static TheoryData<string, Who> Cases()
    {
        var data = new TheoryData<string, Who>();
        foreach (var rule in AccessMatrix.Rules)
        {
            foreach (var who in AccessMatrix.People)
            {
                data.Add(rule.Route, who);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_reaches_exactly_its_pages(string route, Who who)
    {
        var rule = AccessMatrix.Rules.Single(r => r.Route == route);
        var path = AccessMatrix.PathOf(route);
        var client = await fixture.ClientAsync(who);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        if (response.StatusCode == HttpStatusCode.NotFound && !rule.Exists && who != Who.Anonymous)
        {
            output.WriteLine($"{route} does not exist on this branch yet: only the refusal of anonymous visitors is checked.");
            return;
        }
        if (rule.Allowed.HasFlag(who))
        {
            Assert.Equal((HttpStatusCode)rule.Status, response.StatusCode);
        }
        else if (who == Who.Anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal($"/account/login?ReturnUrl={Uri.EscapeDataString(path)}", LoginTests.LocalTarget(response));
        }
        else
        {
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{who} on {path}: {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.StartsWith("/account/denied?ReturnUrl=", LoginTests.LocalTarget(response), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_page_of_the_app_has_a_row_in_the_matrix()
    {
        var routes = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .Distinct(StringComparer.OrdinalIgnoreCase);

        var missing = routes.Where(r => !AccessMatrix.Rules.Any(rule => string.Equals(rule.Route, r, StringComparison.OrdinalIgnoreCase))).ToList();

        Assert.True(missing.Count == 0, $"Add these pages to AccessMatrix.Rules (who may open them?): {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task Refused_staff_see_the_Chinese_denied_page_with_403()
    {
        var client = await fixture.ClientAsync(Who.Handler);
        var refused = await client.GetAsync(new Uri("/admin/users", UriKind.Relative));

        var denied = await client.GetAsync(new Uri(LoginTests.LocalTarget(refused), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var html = await LoginTests.HtmlAsync(denied);
        Assert.Contains("无权访问", html, StringComparison.Ordinal);
        Assert.Contains("以其他账户登录", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/complaints/1/edit")]
    [InlineData("/admin/anything")]
    public async Task Anonymous_visitors_learn_nothing_about_unknown_urls(string path)
    {
        var client = await fixture.ClientAsync(Who.Anonymous);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=", LoginTests.LocalTarget(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_signed_in_staff_can_open_a_Blazor_circuit()
    {
        var anonymous = await fixture.ClientAsync(Who.Anonymous);
        var staff = await fixture.ClientAsync(Who.Handler);

        var refused = await anonymous.PostAsync(new Uri("/_blazor/negotiate?negotiateVersion=1", UriKind.Relative), null);
        var accepted = await staff.PostAsync(new Uri("/_blazor/negotiate?negotiateVersion=1", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("connectionToken", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
