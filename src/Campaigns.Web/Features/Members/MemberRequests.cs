using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Features.Shared;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Members;

public sealed class InvitationRequest
{
    public string? Email { get; set; }
    public MemberRole? Role { get; set; }

    public class Validator : AbstractValidator<InvitationRequest>
    {
        public Validator(IStringLocalizer<SharedResource> l, IOptions<MailOptions> mail)
        {
            RuleFor(r => r.Email).RequiredEmail(l, mail.Value);
            RuleFor(r => r.Role).NotNull().WithMessage(_ => l["Choose a role: owner, organizer or viewer."])
                .IsInEnum().WithMessage(_ => l["Choose a role: owner, organizer or viewer."]);
        }
    }
}

public sealed class RoleRequest
{
    public MemberRole? Role { get; set; }

    public class Validator : AbstractValidator<RoleRequest>
    {
        public Validator(IStringLocalizer<SharedResource> l) =>
            RuleFor(r => r.Role).NotNull().WithMessage(_ => l["Choose a role: owner, organizer or viewer."])
                .IsInEnum().WithMessage(_ => l["Choose a role: owner, organizer or viewer."]);
    }
}
