using Campaigns.Web.Email;
using Campaigns.Web.Features.Shared;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

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
        public Validator(IStringLocalizer<SharedResource> l, IOptions<MailOptions> mail)
        {
            RuleFor(r => r.Email).RequiredEmail(l, mail.Value);
        }
    }
}
