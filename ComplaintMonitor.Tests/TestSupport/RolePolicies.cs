using System.Reflection;
using System.Security.Claims;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintMonitor.Tests.TestSupport;

/// <summary>Which of the app's policies (<see cref="Policies"/>) a user with a given role satisfies, evaluated by the real policy definitions.</summary>
public static class RolePolicies
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddLogging()
        .AddAuthorizationBuilder().AddAppPolicies().Services
        .BuildServiceProvider();

    public static IReadOnlyList<string> All { get; } =
        [.. typeof(Policies).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    public static async Task<string[]> SatisfiedByAsync(string role)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "test"), new Claim(ClaimTypes.Role, role)], "Test"));
        var authorization = Services.GetRequiredService<IAuthorizationService>();
        List<string> satisfied = [];
        foreach (var policy in All)
        {
            if ((await authorization.AuthorizeAsync(user, policy)).Succeeded)
            {
                satisfied.Add(policy);
            }
        }
        return [.. satisfied];
    }
}
