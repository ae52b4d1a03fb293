using Microsoft.AspNetCore.Authorization;

namespace Campaigns.Web.Features.Security;

/// <summary>Part of the organizer and admin policies: the account uses two-step verification where it must.</summary>
public sealed class TwoFactorRequirement : AuthorizationHandler<TwoFactorRequirement>, IAuthorizationRequirement
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true || context.Resource is not HttpContext http)
        {
            return;
        }
        if (await http.RequestServices.GetRequiredService<TwoFactorRule>().IsMetAsync(context.User, http.RequestAborted))
        {
            context.Succeed(requirement);
        }
    }
}
