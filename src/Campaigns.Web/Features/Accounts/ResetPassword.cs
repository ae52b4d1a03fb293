using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Accounts;

public static class ResetPassword
{
    public sealed class Request
    {
        public string? UserId { get; set; }
        public string? Code { get; set; }
        public string? NewPassword { get; set; }
        public string? ConfirmPassword { get; set; }
    }

    public sealed record FieldError(string Field, string Message);

    public sealed record Result(bool Succeeded, IReadOnlyList<FieldError> Errors)
    {
        public static readonly Result Done = new(true, []);
    }

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(r => r.NewPassword)
                .NotEmpty().WithMessage(_ => l["Please choose a new password."])
                .MaximumLength(200).WithMessage(_ => l["The password can be at most {0} characters long.", 200]);
            RuleFor(r => r.ConfirmPassword).Equal(r => r.NewPassword).WithMessage(_ => l["The two passwords do not match."]);
        }
    }

    public class Handler(CampaignsDbContext db, UserManager<User> users, IStringLocalizer<SharedResource> l)
    {
        // The new password, the fresh security stamp and the end of any lockout commit together.
        public async Task<Result> HandleAsync(Request request, CancellationToken ct)
        {
            var user = request.UserId is { Length: > 0 and <= 64 } ? await users.FindByIdAsync(request.UserId) : null;
            if (user is null || !EmailLinkCode.TryDecode(request.Code, out var token))
            {
                return InvalidLink();
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var reset = await users.ResetPasswordAsync(user, token, request.NewPassword!);
            if (!reset.Succeeded)
            {
                return reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                    ? InvalidLink()
                    : new Result(false, reset.Errors.Select(ToFieldError).ToList());
            }
            await EndLockoutAsync(user);
            await transaction.CommitAsync(ct);
            return Result.Done;
        }

        // Whoever can read the account's mailbox may sign in again at once, without waiting out a lockout.
        private async Task EndLockoutAsync(User user)
        {
            if (await users.IsLockedOutAsync(user))
            {
                Ensure(await users.SetLockoutEndDateAsync(user, null));
            }
            Ensure(await users.ResetAccessFailedCountAsync(user));
        }

        private Result InvalidLink() => new(false,
            [new FieldError("", l["This reset link is not valid or has expired. A link works once, for 24 hours: ask for a new one."])]);

        private static FieldError ToFieldError(IdentityError error) => new(
            error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Request.NewPassword) : "",
            error.Description);

        private static void Ensure(IdentityResult result)
        {
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }
    }
}
