using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Infrastructure;

/// <summary>
/// The API's problem titles ("Not found.", "The request has invalid fields.") are English resource keys;
/// every problem document is written with its title in the request's language.
/// </summary>
public static class ProblemTitles
{
    public static void Localize(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Title is { Length: > 0 } title)
        {
            var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            context.ProblemDetails.Title = l[title];
        }
    }
}
