using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Accounts;

public static class IssueToken
{
    /// <param name="TwoFactorCode">The 6-digit code from the authenticator app, for accounts with two-step verification.</param>
    /// <param name="RecoveryCode">Instead of <paramref name="TwoFactorCode"/>: one of the account's recovery codes (each works once).</param>
    public sealed record Request(string? Email, string? Password, string? TwoFactorCode = null, string? RecoveryCode = null);

    public sealed record RefreshRequest(string? RefreshToken);

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(r => r.Email).NotEmpty().MaximumLength(254).BareEmailAddress(l);
            RuleFor(r => r.Password).NotEmpty().MaximumLength(200);
            RuleFor(r => r.TwoFactorCode).MaximumLength(40);
            RuleFor(r => r.RecoveryCode).MaximumLength(40);
        }
    }

    public class RefreshValidator : AbstractValidator<RefreshRequest>
    {
        public RefreshValidator()
        {
            RuleFor(r => r.RefreshToken).NotEmpty().MaximumLength(8000);
        }
    }
}
