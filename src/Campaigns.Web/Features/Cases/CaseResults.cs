using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;
using static Campaigns.Web.Features.Organizer.OrganizerApiResults;

namespace Campaigns.Web.Features.Cases;

internal static class CaseResults
{

    /// <summary>Validates first; the use case runs only on a valid request.</summary>
    public static async Task<IResult> ValidatedAsync<TRequest, T>(
        TRequest request, IValidator<TRequest> validator, Func<Task<OrganizerResult<T>>> run, Func<T, IResult> ok, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        return validation.IsValid ? ToResponse(await run(), ok) : ApiResults.Invalid(validation);
    }

    public static IResult TooLarge(int maxBytes, IStringLocalizer l) => TypedResults.Problem(
        l["The photo is too large: at most {0} MB.", maxBytes / (1024 * 1024)], statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large.");
}
