using Campaigns.Web.Infrastructure;
using FluentValidation.Results;

namespace Campaigns.Web.Features.Organizer;

/// <summary>How every organizer endpoint answers: the value, or the ProblemDetails its outcome calls for.</summary>
public static class OrganizerApiResults
{
    public static IResult ToResponse<T>(OrganizerResult<T> result, Func<T, IResult> ok) => result.Outcome switch
    {
        OrganizerOutcome.Ok => ok(result.Value!),
        OrganizerOutcome.Invalid => ApiResults.Invalid(new ValidationResult(result.Errors)),
        OrganizerOutcome.NotFound => ApiResults.NotFound(result.Message),
        OrganizerOutcome.Forbidden => ApiResults.Forbidden(result.Message),
        _ => ApiResults.Conflict(result.Message),
    };

    /// <summary>Documents the answers of an endpoint behind the organizer policy.</summary>
    public static RouteHandlerBuilder Guarded(this RouteHandlerBuilder endpoint) => endpoint
        .Produces(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden);
}
