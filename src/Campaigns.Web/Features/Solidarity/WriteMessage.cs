using System.Net;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Features.Shared;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Infrastructure.Localization;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Solidarity;

/// <summary>
/// A supporter writes to a person detained or to their family. The message waits, unseen by anyone, until the
/// owner of the address presses the button behind the emailed link; then it waits for the case's organizers.
/// </summary>
public static class WriteMessage
{
    public sealed record Request
    {
        public string? Addressee { get; init; }
        public string? Text { get; init; }
        public string? FirstName { get; init; }
        public string? Country { get; init; }
        public string? Shown { get; init; }
        public string? Email { get; init; }
    }

    public enum Outcome { Accepted, CaseNotFound }

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l, IOptions<MailOptions> mail)
        {
            RuleFor(r => r.Addressee).Must(a => MessageChoices.TryParse<MessageAddressee>(a, out _))
                .WithMessage(_ => l["Please choose who the message is for: {0}.", MessageChoices.Names<MessageAddressee>()]);
            RuleFor(r => r.Text).Cascade(CascadeMode.Stop)
                .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => l["Please write your message."])
                .MaximumLength(SolidarityMessageLimits.Text).WithMessage(_ => l["The message can be at most {0} characters long.", SolidarityMessageLimits.Text]);
            RuleFor(r => r.Shown).Must(s => MessageChoices.TryParse<WriterShown>(s, out _))
                .WithMessage(_ => l["Please choose how your name is shown: {0}.", MessageChoices.Names<WriterShown>()]);
            RuleFor(r => r.FirstName).Cascade(CascadeMode.Stop)
                .Must(n => !string.IsNullOrWhiteSpace(n)).When(r => MessageChoices.TryParse<WriterShown>(r.Shown, out var s) && s == WriterShown.FirstNameAndCountry)
                .WithMessage(_ => l["Please enter your first name, or choose not to show it."])
                .MaximumLength(SolidarityMessageLimits.FirstName).WithMessage(_ => l["Your first name can be at most {0} characters long.", SolidarityMessageLimits.FirstName]);
            RuleFor(r => r.Country).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => l["Please choose your country."])
                .Must(Countries.IsKnown).WithMessage(_ => l["Please choose a country from the list (an ISO 3166-1 code such as GB)."]);
            RuleFor(r => r.Email).RequiredEmail(l, mail.Value);
        }
    }

    public class Handler(CampaignsDbContext db, IpHasher ipHasher, TimeProvider clock)
    {
        public async Task<Outcome> HandleAsync(string caseSlug, Request request, IPAddress? client, CancellationToken ct)
        {
            var caseId = await db.Cases.AsNoTracking().Where(c => c.Slug == caseSlug).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
            if (caseId is null)
            {
                return Outcome.CaseNotFound;
            }
            MessageChoices.TryParse<MessageAddressee>(request.Addressee, out var addressee);
            MessageChoices.TryParse<WriterShown>(request.Shown, out var shown);
            var now = clock.GetUtcNow().UtcDateTime;
            var message = new SolidarityMessage
            {
                CaseId = caseId.Value,
                Addressee = addressee,
                Text = request.Text!.Trim(),
                FirstName = shown == WriterShown.FirstNameAndCountry ? request.FirstName!.Trim() : null,
                Country = request.Country!.ToUpperInvariant(),
                Shown = shown,
                Email = request.Email!.Trim(),
                IpHash = ipHasher.Hash(client),
                Culture = SupportedCultures.Current,
                CreatedAt = now,
            };
            db.SolidarityMessages.Add(message);
            db.Enqueue(SolidarityEmails.Confirmation, $"{SolidarityEmails.Confirmation}:{message.Id}", new SolidarityEmails.Payload(message.Id), now);
            await db.SaveChangesAsync(ct);
            return Outcome.Accepted;
        }
    }
}
