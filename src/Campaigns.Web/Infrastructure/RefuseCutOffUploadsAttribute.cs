using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Infrastructure;

/// <summary>
/// On a page that takes an upload, a form cut off before its end gets a page saying so (400) instead of failing
/// in the antiforgery check or the model binding that read it next. Runs after the form limits are set and
/// before the antiforgery check (order 1000).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RefuseCutOffUploadsAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.HasFormContentType || await UploadForm.ReadAsync(http.Request, http.RequestAborted) is not null)
        {
            return;
        }
        var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var metadata = http.RequestServices.GetRequiredService<IModelMetadataProvider>();
        context.Result = new ViewResult
        {
            ViewName = "/Features/Errors/Views/UploadCutOff.cshtml",
            StatusCode = StatusCodes.Status400BadRequest,
            ViewData = new ViewDataDictionary<string>(metadata, new ModelStateDictionary()) { Model = UploadForm.CutOff(l) },
        };
    }
}
