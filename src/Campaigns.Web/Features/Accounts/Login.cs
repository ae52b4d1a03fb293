using Campaigns.Web.Features.Shared;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Accounts;

public static class Login
{
    public sealed class Request
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
        public bool RememberMe { get; set; }
        public string? ReturnUrl { get; set; }
    }

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(r => r.Email)
                .NotEmpty().WithMessage(_ => l["Please enter your email address."])
                .MaximumLength(FormRules.MaxEmailLength)
                .WithMessage(_ => l["The email address can be at most {0} characters long.", FormRules.MaxEmailLength]);
            RuleFor(r => r.Password)
                .NotEmpty().WithMessage(_ => l["Please enter your password."])
                .MaximumLength(200).WithMessage(_ => l["The password can be at most {0} characters long.", 200]);
            RuleFor(r => r.ReturnUrl).MaximumLength(2000).WithMessage(_ => l["The address to return to is too long."]);
        }
    }
}

public sealed record LoginPage(Login.Request Form, bool NeedsConfirmation = false);

public sealed record ConfirmPage(string? UserId, string? Code);
