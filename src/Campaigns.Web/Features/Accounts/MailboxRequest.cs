using Campaigns.Web.Features.Shared;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Accounts;

/// <summary>A form that asks for a link to be mailed to an address: a new confirmation link or a password reset.</summary>
public static class MailboxRequest
{
    public sealed class Request
    {
        public string? Email { get; set; }
    }

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(r => r.Email).RequiredEmail(l);
        }
    }
}
