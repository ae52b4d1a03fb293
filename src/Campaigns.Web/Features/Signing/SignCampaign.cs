using Campaigns.Web.Infrastructure;
using Campaigns.Web.Infrastructure.Localization;
using Campaigns.Web.Infrastructure.Telemetry;
using System.Net;
using System.Text;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Features.Fraud;
using Campaigns.Web.Features.Letters;
using Campaigns.Web.Features.Shared;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Signing;

public static class SignCampaign
{
    public sealed record Request
    {
        public string? Name { get; init; }
        public string? Email { get; init; }
        public string? Country { get; init; }
        public string? City { get; init; }
        public string? Comment { get; init; }
        public bool PublicName { get; init; }
        public bool InitialsOnly { get; init; }
        public bool EmailUpdates { get; init; }

        /// <summary>An appeal letter's editable paragraph as the supporter rewrote it.</summary>
        public string? PersonalText { get; init; }

        /// <summary>The whole appeal letter as the supporter saw it; only its editable paragraph may differ.</summary>
        public string? LetterText { get; init; }

        /// <summary>Signing a joint statement for an organisation.</summary>
        public OrganisationBlock? Organisation { get; init; }
    }

    public enum Outcome { Accepted, CampaignNotFound, CampaignNotOpen, Invalid }

    public sealed record Result(Outcome Outcome, IReadOnlyList<ValidationFailure> Errors)
    {
        public static implicit operator Result(Outcome outcome) => new(outcome, []);
    }

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l, IOptions<MailOptions> mail)
        {
            RuleFor(r => r.Name).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => l["Please enter your name."])
                .MaximumLength(100).WithMessage(_ => l["Your name can be at most {0} characters long.", 100])
                .Must(n => !SpreadsheetFormula.StartsWithTrigger(n)).WithMessage(_ => l["Your name cannot start with =, +, - or @."]);
            RuleFor(r => r.Email).RequiredEmail(l, mail.Value);
            RuleFor(r => r.Country).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => l["Please choose your country."])
                .Must(Countries.IsKnown).WithMessage(_ => l["Please choose a country from the list (an ISO 3166-1 code such as GB)."]);
            RuleFor(r => r.City).MaximumLength(100).WithMessage(_ => l["The city can be at most {0} characters long.", 100]);
            RuleFor(r => r.Comment).MaximumLength(1000).WithMessage(_ => l["The comment can be at most {0} characters long.", 1000]);
            RuleFor(r => r.Organisation!).SetValidator(new OrganisationBlock.Validator(l)).When(r => r.Organisation is not null);
        }
    }

    public class Handler(
        CampaignsDbContext db, SignatureStore store, CampaignDirectory campaigns, LetterSigning letters, IpHasher ipHasher,
        EmailDomainPolicy domains, TimeProvider clock, CampaignsMetrics metrics)
    {
        public async Task<Result> HandleAsync(string slug, Request request, IPAddress? client, CancellationToken ct)
        {
            var campaign = await campaigns.FindAsync(slug, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            if (campaign is null)
            {
                return Outcome.CampaignNotFound;
            }
            if (!campaign.IsOpenAt(now))
            {
                return Outcome.CampaignNotOpen;
            }
            if (await domains.RefusalAsync(request.Email!, nameof(Request.Email), ct) is { } refusal)
            {
                return new Result(Outcome.Invalid, [refusal]);
            }
            var letter = await letters.CheckAsync(campaign, request, ct);
            if (letter.Errors.Count > 0)
            {
                return new Result(Outcome.Invalid, letter.Errors);
            }
            var signature = NewSignature(campaign.Id, request, ipHasher.Hash(client), now);
            ApplyLetter(signature, letter.Part);
            var email = OutboxWriter.New(SignatureEmails.Confirmation, $"{SignatureEmails.Confirmation}:{signature.Id}",
                new SignatureEmails.Payload(signature.Id), now);
            if (!await store.AddAsync(signature, email, ct))
            {
                await TellMailboxOwnerAsync(campaign.Id, signature.EmailNormalized, now, ct);
            }
            metrics.SignatureAccepted();
            return Outcome.Accepted;
        }

        // The response to a repeat signature is the same as to a first one, so it cannot be used to learn
        // who signed; the owner of the mailbox hears about it instead, at most once per window.
        private async Task TellMailboxOwnerAsync(Guid campaignId, string normalizedEmail, DateTime now, CancellationToken ct)
        {
            var existing = await db.Signatures.AsNoTracking()
                .Where(s => s.CampaignId == campaignId && s.EmailNormalized == normalizedEmail)
                .Select(s => new { s.Id, s.ConfirmedAt })
                .SingleAsync(ct);
            var (kind, window) = existing.ConfirmedAt is null
                ? (SignatureEmails.Confirmation, now.ToString("yyyyMMddHH"))
                : (SignatureEmails.AlreadySigned, now.ToString("yyyyMMdd"));
            await db.EnqueueOnceAsync(kind, $"{kind}:{existing.Id}:{window}", new SignatureEmails.Payload(existing.Id), now, ct);
        }

        private static Signature NewSignature(Guid campaignId, Request r, string? ipHash, DateTime now) => new()
        {
            CampaignId = campaignId,
            Name = Clean(r.Name!),
            Email = r.Email!.Trim(),
            EmailNormalized = EmailNormalizer.Normalize(r.Email!),
            Country = r.Country!.ToUpperInvariant(),
            City = string.IsNullOrWhiteSpace(r.City) ? null : Clean(r.City),
            Comment = string.IsNullOrWhiteSpace(r.Comment) ? null : r.Comment.Trim().Normalize(NormalizationForm.FormC),
            NameDisplay = !r.PublicName ? NameDisplay.Hidden : r.InitialsOnly ? NameDisplay.Initials : NameDisplay.Full,
            EmailUpdates = r.EmailUpdates,
            IpHash = ipHash,
            CreatedAt = now,
            Culture = SupportedCultures.Current,
        };

        private static void ApplyLetter(Signature signature, LetterPart part)
        {
            signature.Kind = part.Kind;
            signature.OrganisationName = part.OrganisationName;
            signature.OrganisationDomain = part.OrganisationDomain;
            signature.SignerRole = part.SignerRole;
            signature.PersonalText = part.PersonalText;
        }

        private static string Clean(string text) =>
            string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);
    }
}
