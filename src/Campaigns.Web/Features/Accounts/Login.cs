using FluentValidation;

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
        public Validator()
        {
            RuleFor(r => r.Email).NotEmpty().MaximumLength(254).WithName("Email address");
            RuleFor(r => r.Password).NotEmpty().MaximumLength(200).WithName("Password");
            RuleFor(r => r.ReturnUrl).MaximumLength(2000);
        }
    }
}

public sealed record LoginPage(Login.Request Form, bool NeedsConfirmation = false);

public sealed record ConfirmPage(string? UserId, string? Code);
