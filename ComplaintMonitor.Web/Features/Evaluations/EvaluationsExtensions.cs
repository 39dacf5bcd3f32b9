using ComplaintMonitor.Web.Features.Evaluations.Api;
using Microsoft.AspNetCore.Authentication;

namespace ComplaintMonitor.Web.Features.Evaluations;

public static class EvaluationsExtensions
{
    /// <summary>好差评: intake (API and paper slip), appeals, the pages' queries and API key management.</summary>
    public static IServiceCollection AddEvaluations(this IServiceCollection services) => services
        .AddScoped<EvaluationIntake>()
        .AddScoped<EvaluationAppeals>()
        .AddScoped<EvaluationQueries>()
        .AddScoped<ApiKeys>();

    /// <summary>The rating API's "ApiKey" authentication scheme and problem+json errors (see <see cref="EvaluationsApi"/>).</summary>
    public static IServiceCollection AddRatingApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        return services;
    }
}
