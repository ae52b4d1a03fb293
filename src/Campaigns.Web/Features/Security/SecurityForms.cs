using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Security;

/// <summary>A code typed into the second sign-in step, the set-up form or the form that turns two-step verification off.</summary>
public sealed class CodeForm
{
    public string? Code { get; set; }
    public string? Password { get; set; }
    public bool RememberBrowser { get; set; }
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }

    public class Validator : AbstractValidator<CodeForm>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.Code).MaximumLength(40).WithMessage(_ => l["The code can be at most {0} characters long.", 40]);
            RuleFor(f => f.Password).MaximumLength(200).WithMessage(_ => l["The password can be at most {0} characters long.", 200]);
            RuleFor(f => f.ReturnUrl).MaximumLength(2000).WithMessage(_ => l["The address to return to is too long."]);
        }
    }
}

public sealed class ChangePasswordForm
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }

    public class Validator : AbstractValidator<ChangePasswordForm>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.CurrentPassword)
                .NotEmpty().WithMessage(_ => l["Please enter your current password."])
                .MaximumLength(200).WithMessage(_ => l["The password can be at most {0} characters long.", 200]);
            RuleFor(f => f.NewPassword)
                .NotEmpty().WithMessage(_ => l["Please choose a new password."])
                .MaximumLength(200).WithMessage(_ => l["The password can be at most {0} characters long.", 200]);
            RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage(_ => l["The two passwords do not match."]);
        }
    }
}

public sealed record OwnedOrganisation(string Slug, string Name, bool RequiresTwoFactor);

public sealed record SecurityOverview(bool Enabled, int RecoveryCodesLeft, TwoFactorDemand Demand, IReadOnlyList<OwnedOrganisation> Owned);

public sealed record EnrolPage(AuthenticatorKey Key, TwoFactorDemand Demand, string? ReturnUrl);

public sealed record RecoveryCodesPage(IReadOnlyList<string> Codes, string? ReturnUrl);
