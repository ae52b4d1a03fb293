using Campaigns.Web.Data;
using Campaigns.Web.Domain;

namespace Campaigns.Web.Seeding;

/// <summary>
/// The letter parts of the campaign files: subject, date, editable paragraph, contact person, signatory groups
/// and co-signing organisations. Listed signatories are counted here, as seeded signers are.
/// </summary>
public static class LetterSeeds
{
    public static void AddTo(CampaignsDbContext db, SeedFolder seeds, DemoCatalogue catalogue, DateTime now)
    {
        foreach (var seed in seeds.ReadEach<LetterSeed>("campaigns"))
        {
            var campaign = catalogue.Campaigns[seed.Slug];
            campaign.LetterSubject = seed.Subject;
            campaign.LetterDate = seed.LetterDate;
            campaign.EditableText = seed.EditableText;
            campaign.EditableMaxLength = seed.EditableMaxLength;
            campaign.AddressedTo = seed.AddressedTo;
            campaign.ContactName = seed.Contact?.Name;
            campaign.ContactOrganisation = seed.Contact?.Organisation;
            campaign.ContactEmail = seed.Contact?.Email;
            var groups = seed.SignatoryGroups.ToList();
            if (seed.CoSigners.Count > 0)
            {
                campaign.SignatoryOrder = SignatoryOrder.Alphabetical;
                groups.Add(new GroupSeed { Group = "Co-signing organisations", Organisations = true, Signatories = seed.CoSigners });
            }
            AddGroups(db, campaign, groups, now);
        }
    }

    private static void AddGroups(CampaignsDbContext db, Campaign campaign, IReadOnlyList<GroupSeed> groups, DateTime now)
    {
        for (var g = 0; g < groups.Count; g++)
        {
            var seed = groups[g];
            var group = new SignatoryGroup
            {
                CampaignId = campaign.Id, Name = seed.Group, Country = seed.Country, Position = g, ReceivesOnlineSigners = seed.ReceivesOnlineSigners,
            };
            db.SignatoryGroups.Add(group);
            var organisations = seed.Organisations || seed.Group == "Organisations";
            for (var i = 0; i < seed.Signatories.Count; i++)
            {
                var signatory = seed.Signatories[i];
                db.ListedSignatories.Add(new ListedSignatory
                {
                    CampaignId = campaign.Id, GroupId = group.Id, Name = signatory.DisplayName, Country = signatory.Country,
                    Role = signatory.Note, IsOrganisation = organisations, Position = i, AddedAt = now,
                });
                if (organisations)
                {
                    campaign.OrganisationCount++;
                }
                else
                {
                    campaign.SignatureCount++;
                    campaign.ListedCount++;
                }
            }
        }
    }
}

public sealed class LetterSeed
{
    public required string Slug { get; init; }
    public string? Subject { get; init; }
    public DateOnly? LetterDate { get; init; }
    public string? EditableText { get; init; }
    public int? EditableMaxLength { get; init; }
    public string? AddressedTo { get; init; }
    public ContactSeed? Contact { get; init; }
    public IReadOnlyList<GroupSeed> SignatoryGroups { get; init; } = [];
    public IReadOnlyList<SignatorySeed> CoSigners { get; init; } = [];
}

public sealed class ContactSeed
{
    public string? Name { get; init; }
    public string? Organisation { get; init; }
    public string? Email { get; init; }
}

public sealed class GroupSeed
{
    public required string Group { get; init; }
    public string? Country { get; init; }
    public bool ReceivesOnlineSigners { get; init; }
    public bool Organisations { get; init; }
    public IReadOnlyList<SignatorySeed> Signatories { get; init; } = [];
}

public sealed class SignatorySeed
{
    public required string Name { get; init; }
    public string? NativeName { get; init; }
    public string? Abbreviation { get; init; }
    public string? Country { get; init; }
    public string? Note { get; init; }

    public string DisplayName =>
        Name + (Abbreviation is null ? "" : $" ({Abbreviation})") + (NativeName is null ? "" : $" ({NativeName})");
}
