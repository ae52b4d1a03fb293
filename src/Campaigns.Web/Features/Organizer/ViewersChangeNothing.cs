using Microsoft.AspNetCore.Authorization;

namespace Campaigns.Web.Features.Organizer;

/// <summary>Marks an organizer action a viewer may take although it is not a read, such as leaving an organisation.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class OpenToViewersAttribute : Attribute;

/// <summary>
/// Part of the organizer policy: an account that is only a viewer, in every organisation it belongs to, is refused
/// every request that is not a read before the request is even looked at, so no form or body can change that.
/// Accounts with a changing role somewhere are checked per campaign, case or target by the access classes.
/// </summary>
public sealed class ViewersChangeNothing : IAuthorizationRequirement
{
    public sealed class Handler : AuthorizationHandler<ViewersChangeNothing>
    {
        protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ViewersChangeNothing requirement)
        {
            if (context.Resource is not HttpContext http || IsRead(http.Request.Method)
                || http.GetEndpoint()?.Metadata.GetMetadata<OpenToViewersAttribute>() is not null)
            {
                context.Succeed(requirement);
                return;
            }
            var access = http.RequestServices.GetRequiredService<OrganisationAccess>();
            if (!await access.OnlyLooksAsync(context.User, http.RequestAborted))
            {
                context.Succeed(requirement);
            }
        }

        private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
    }
}
