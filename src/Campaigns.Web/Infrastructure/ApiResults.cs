using FluentValidation.Results;

namespace Campaigns.Web.Infrastructure;

/// <summary>RFC 9457 problem responses with the wording the API uses everywhere.</summary>
public static class ApiResults
{
    public static IResult Invalid(ValidationResult result) =>
        TypedResults.ValidationProblem(
            result.Errors.GroupBy(e => Camel(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()),
            title: "The request has invalid fields.");

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found.");

    public static IResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict.");

    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");

    private static string Camel(string name) =>
        string.IsNullOrEmpty(name) ? name : string.Join('.', name.Split('.').Select(p => char.ToLowerInvariant(p[0]) + p[1..]));
}
