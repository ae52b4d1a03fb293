using Campaigns.Web.Domain;
using Campaigns.Web.Features.Shared;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Letters;

/// <summary>How a campaign's letter is written and signed, beyond its text.</summary>
public sealed record LetterSettings
{
    public string? LetterSubject { get; init; }
    public DateOnly? LetterDate { get; init; }

    /// <summary>The default text of an appeal letter's editable paragraph (where <c>{editable}</c> stands); null for a fixed letter.</summary>
    public string? EditableText { get; init; }
    public int? EditableMaxLength { get; init; }
    public bool ReplyToSupporter { get; init; }
    public string? AddressedTo { get; init; }
    public string? ContactName { get; init; }
    public string? ContactOrganisation { get; init; }
    public string? ContactEmail { get; init; }
    public SignatoryOrder SignatoryOrder { get; init; }

    public static LetterSettings Of(Campaign c) => new()
    {
        LetterSubject = c.LetterSubject, LetterDate = c.LetterDate, EditableText = c.EditableText, EditableMaxLength = c.EditableMaxLength,
        ReplyToSupporter = c.ReplyToSupporter, AddressedTo = c.AddressedTo, ContactName = c.ContactName,
        ContactOrganisation = c.ContactOrganisation, ContactEmail = c.ContactEmail, SignatoryOrder = c.SignatoryOrder,
    };

    public LetterSettings Cleaned() => this with
    {
        LetterSubject = Organizer.Text.Clean(LetterSubject),
        EditableText = Organizer.Text.CleanBlock(EditableText),
        AddressedTo = Organizer.Text.CleanBlock(AddressedTo),
        ContactName = Organizer.Text.Clean(ContactName),
        ContactOrganisation = Organizer.Text.Clean(ContactOrganisation),
        ContactEmail = Organizer.Text.Clean(ContactEmail),
    };

    /// <summary>What supporters agreed to when they signed: these stay as they are once the campaign is published.</summary>
    public bool SameSignedTerms(LetterSettings other) =>
        LetterSubject == other.LetterSubject && EditableText == other.EditableText && EditableMaxLength == other.EditableMaxLength;

    public void ApplyTo(Campaign c)
    {
        c.LetterSubject = LetterSubject;
        c.LetterDate = LetterDate;
        c.EditableText = EditableText;
        c.EditableMaxLength = EditableMaxLength;
        c.ReplyToSupporter = ReplyToSupporter;
        c.AddressedTo = AddressedTo;
        c.ContactName = ContactName;
        c.ContactOrganisation = ContactOrganisation;
        c.ContactEmail = ContactEmail;
        c.SignatoryOrder = SignatoryOrder;
    }

    public class Validator : AbstractValidator<LetterSettings>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(s => s.LetterSubject).MaximumLength(200);
            RuleFor(s => s.EditableText).MaximumLength(LetterData.HardMaxLength);
            RuleFor(s => s.EditableMaxLength).InclusiveBetween(1, LetterData.HardMaxLength)
                .WithMessage(_ => l["The limit of the editable paragraph must be between 1 and {0} characters.", LetterData.HardMaxLength]);
            RuleFor(s => s.EditableText).Must((s, text) => s.EditableMaxLength is not { } max || text is null || text.Trim().Length <= max)
                .WithMessage(_ => l["The default paragraph is longer than the limit you set for it."]);
            RuleFor(s => s.AddressedTo).MaximumLength(500);
            RuleFor(s => s.ContactName).MaximumLength(200);
            RuleFor(s => s.ContactOrganisation).MaximumLength(200);
            RuleFor(s => s.ContactEmail).MaximumLength(FormRules.MaxEmailLength).BareEmailAddress(l)
                .WithMessage(_ => l["Enter a valid email address for the contact person, such as name@example.org."]);
            RuleFor(s => s.SignatoryOrder).IsInEnum();
        }
    }
}
