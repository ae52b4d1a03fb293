using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Accounts;

public static class IssueToken
{
    public sealed record Request(string? Email, string? Password);

    public sealed record RefreshRequest(string? RefreshToken);

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(r => r.Email).NotEmpty().MaximumLength(254).BareEmailAddress(l);
            RuleFor(r => r.Password).NotEmpty().MaximumLength(200);
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
