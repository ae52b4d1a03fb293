using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Security;

/// <summary>
/// When the only thing missing is two-step verification, pages send the person to set it up and come back; the API
/// answers 403 saying why. Every other refusal goes its usual way.
/// </summary>
public class TwoFactorGate(IStringLocalizer<SharedResource> l) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _usual = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var failed = authorizeResult.AuthorizationFailure?.FailedRequirements.ToList();
        if (!authorizeResult.Forbidden || failed is null || failed.Count == 0 || !failed.All(r => r is TwoFactorRequirement))
        {
            await _usual.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var demand = await context.RequestServices.GetRequiredService<TwoFactorRule>().DemandAsync(context.User, context.RequestAborted);
            await Results.Problem(Explain(demand), statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.").ExecuteAsync(context);
            return;
        }
        var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        context.Response.Redirect($"{SecurityPaths.Authenticator}?returnUrl={Uri.EscapeDataString(back)}");
    }

    private string Explain(TwoFactorDemand demand) => demand == TwoFactorDemand.Administrator
        ? l["Administrators must use two-step verification. Set up an authenticator app at /account/security, then ask for a new token."]
        : l["Your organisation requires two-step verification. Set up an authenticator app at /account/security, then ask for a new token."];
}
