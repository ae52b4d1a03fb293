using Campaigns.Web.Features.Signing;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Letters;

public sealed record GroupInput
{
    public string? Name { get; init; }

    /// <summary>An ISO 3166-1 code shown beside the group's heading ("sisters, Canada").</summary>
    public string? Country { get; init; }

    /// <summary>Where the group goes among the others, from 0; left out, it goes last.</summary>
    public int? Position { get; init; }

    /// <summary>Supporters who sign online appear in this group; at most one group has it.</summary>
    public bool ReceivesOnlineSigners { get; init; }

    public class Validator : AbstractValidator<GroupInput>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(g => g.Name).NotEmpty().WithMessage(_ => l["Give the group a name, such as \"Organisations\"."]).MaximumLength(200);
            RuleFor(g => g.Country).Must(c => c is null || Countries.IsKnown(c.ToUpperInvariant()))
                .WithMessage(_ => l["Use an ISO 3166-1 country code such as CA, or leave the country out."]);
            RuleFor(g => g.Position).GreaterThanOrEqualTo(0);
        }
    }
}

public sealed record SignatoryInput
{
    public string? Name { get; init; }
    public string? Country { get; init; }
    public string? Role { get; init; }
    public bool IsOrganisation { get; init; }

    public class Validator : AbstractValidator<SignatoryInput>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(s => s.Name).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => l["Enter the signatory's name."]).MaximumLength(200)
                .Must(n => !SpreadsheetFormula.StartsWithTrigger(n)).WithMessage(_ => l["A name cannot start with =, +, - or @."]);
            RuleFor(s => s.Country).Must(c => c is null || Countries.IsKnown(c.ToUpperInvariant()))
                .WithMessage(_ => l["Use an ISO 3166-1 country code such as US, or leave the country out."]);
            RuleFor(s => s.Role).MaximumLength(200).Must(r => !SpreadsheetFormula.StartsWithTrigger(r))
                .WithMessage(_ => l["A role cannot start with =, +, - or @."]);
        }
    }
}

/// <summary>The listed signatories of one group in the order the organizer wants them.</summary>
public sealed record OrderInput
{
    public IReadOnlyList<Guid>? SignatoryIds { get; init; }

    public class Validator : AbstractValidator<OrderInput>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(o => o.SignatoryIds).NotNull().WithMessage(_ => l["List the group's signatories in the order you want."])
                .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage(_ => l["Each signatory can be listed only once."]);
        }
    }
}

public sealed record ListedSignatoryView(Guid Id, string Name, string? Country, string? Role, bool IsOrganisation, int Position);

public sealed record SignatoryGroupView(
    Guid Id, string Name, string? Country, int Position, bool ReceivesOnlineSigners, IReadOnlyList<ListedSignatoryView> Signatories);
