using FluentValidation.Results;

namespace Campaigns.Web.Features.Organizer;

public enum OrganizerOutcome { Ok, Invalid, NotFound, Forbidden, Conflict }

/// <summary>What an organizer use case decided, in a form both the API and the pages can turn into a response.</summary>
public sealed record OrganizerResult<T>(OrganizerOutcome Outcome, T? Value, string Message, IReadOnlyList<ValidationFailure> Errors)
{
    public bool IsOk => Outcome == OrganizerOutcome.Ok;

    public static OrganizerResult<T> Ok(T value) => new(OrganizerOutcome.Ok, value, "", []);

    public static OrganizerResult<T> Invalid(IReadOnlyList<ValidationFailure> errors) => new(OrganizerOutcome.Invalid, default, "", errors);

    public static OrganizerResult<T> Invalid(string field, string message) => Invalid([new ValidationFailure(field, message)]);

    public static OrganizerResult<T> NotFound(string message) => new(OrganizerOutcome.NotFound, default, message, []);

    public static OrganizerResult<T> Forbidden(string message) => new(OrganizerOutcome.Forbidden, default, message, []);

    public static OrganizerResult<T> Conflict(string message) => new(OrganizerOutcome.Conflict, default, message, []);

    /// <summary>The same refusal, for a use case that returns something else when it succeeds.</summary>
    public OrganizerResult<TOther> Fail<TOther>() => IsOk
        ? throw new InvalidOperationException("A successful result is not a refusal.")
        : new(Outcome, default, Message, Errors);
}
