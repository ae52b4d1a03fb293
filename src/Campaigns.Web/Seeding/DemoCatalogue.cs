using Campaigns.Web.Domain;
using Campaigns.Web.Features.Signing;

namespace Campaigns.Web.Seeding;

/// <summary>Turns the seed files into entities, resolving the keys the files use to refer to each other.</summary>
public sealed class DemoCatalogue(SeedFolder seeds, DateTime now)
{
    public Dictionary<string, Organisation> Organisations { get; } = [];
    public Dictionary<string, Case> Cases { get; } = [];
    public Dictionary<string, Target> Targets { get; } = [];
    public Dictionary<string, Campaign> Campaigns { get; } = [];
    public List<Signature> Signatures { get; } = [];

    public DemoCatalogue Build()
    {
        foreach (var seed in seeds.Read<List<OrganisationSeed>>("organisations.json"))
        {
            Organisations.Add(seed.Slug, new Organisation { Slug = seed.Slug, Name = seed.Name, CreatedAt = now });
        }
        foreach (var seed in seeds.Read<List<CaseSeed>>("cases.json"))
        {
            Cases.Add(seed.Slug, ToCase(seed));
        }
        CaseProfiles.Apply(seeds, Cases, now);
        foreach (var seed in seeds.Read<List<TargetSeed>>("targets.json"))
        {
            Targets.Add(seed.Key, ToTarget(seed));
        }
        foreach (var seed in seeds.ReadEach<CampaignSeed>("campaigns"))
        {
            Campaigns.Add(seed.Slug, ToCampaign(seed));
        }
        foreach (var seed in seeds.Read<List<SignatureSeed>>("signatures.json"))
        {
            AddSignatures(seed);
        }
        return this;
    }

    private Case ToCase(CaseSeed seed) => new()
    {
        OrganisationId = Find(Organisations, seed.Organisation, "organisation").Id,
        Slug = seed.Slug,
        Name = seed.Name,
        NativeName = seed.NativeName,
        Country = seed.Country,
        Status = seed.Status,
        DetainedSince = seed.DetainedSince,
        Charges = seed.Charges,
        Sentence = seed.Sentence,
        PlaceOfDetention = seed.PlaceOfDetention,
        Biography = seed.BiographyFile is null ? null : seeds.Text(seed.BiographyFile),
        CreatedAt = now,
    };

    private Target ToTarget(TargetSeed seed) => new()
    {
        OrganisationId = Find(Organisations, seed.Organisation, "organisation").Id,
        Name = seed.Name,
        Title = seed.Title,
        Affiliation = seed.Affiliation,
        Country = seed.Country,
        Email = seed.Email,
        PostalAddress = seed.PostalAddress,
        Salutation = seed.Salutation,
        Language = seed.Language,
        TimeZone = seed.TimeZone,
        Notes = seed.Notes,
        Channel = seed.Channel,
        Mode = seed.Mode,
        HourlyCap = seed.HourlyCap,
        OfficeHoursStart = seed.OfficeHoursStart,
        OfficeHoursEnd = seed.OfficeHoursEnd,
        DigestThreshold = seed.DigestThreshold,
        DigestDaily = seed.DigestDaily,
        CreatedAt = now,
    };

    private Campaign ToCampaign(CampaignSeed seed)
    {
        DateTime? published = seed.Status == CampaignStatus.Draft ? null
            : seed.PublishedAt is { } at ? Utc(at)
            : now.AddDays(-(seed.PublishedDaysAgo ?? 0));
        var campaign = new Campaign
        {
            OrganisationId = Find(Organisations, seed.Organisation, "organisation").Id,
            Slug = seed.Slug,
            Kind = seed.Kind,
            Status = seed.Status,
            Title = seed.Title,
            Summary = seed.Summary,
            Body = seeds.Text(seed.BodyFile),
            StartedBy = seed.StartedBy,
            Goal = seed.Goal,
            Deadline = seed.Deadline is { } deadline ? Utc(deadline) : null,
            ClosingMessage = seed.ClosingMessage,
            CreatedAt = published ?? now,
            PublishedAt = published,
            ClosedAt = seed.ClosedAt is { } closed ? Utc(closed) : null,
            SignatureCount = seed.OfflineCount,
            OfflineCount = seed.OfflineCount,
            OfflineCountedOn = seed.OfflineCountedOn,
            CountedAt = now,
        };
        campaign.Targets.AddRange(seed.Targets.Select((key, position) =>
            new CampaignTarget { TargetId = Find(Targets, key, "target").Id, Position = position }));
        campaign.Cases.AddRange(seed.Cases.Select(slug => new CampaignCase { CaseId = Find(Cases, slug, "case").Id }));
        return campaign;
    }

    // Seeded signers are already confirmed, so they are counted here rather than through count deltas.
    private void AddSignatures(SignatureSeed seed)
    {
        var campaign = Find(Campaigns, seed.Campaign, "campaign");
        foreach (var signer in seed.Signers)
        {
            if (!Countries.IsKnown(signer.Country))
            {
                throw new InvalidDataException($"Signer {signer.Email} has an unknown country '{signer.Country}'.");
            }
            var confirmedAt = now.AddHours(-signer.SignedHoursAgo);
            Signatures.Add(new Signature
            {
                CampaignId = campaign.Id,
                Name = signer.Name,
                Email = signer.Email,
                EmailNormalized = EmailNormalizer.Normalize(signer.Email),
                Country = signer.Country,
                City = signer.City,
                Comment = signer.Comment,
                NameDisplay = signer.NameDisplay,
                EmailUpdates = signer.EmailUpdates,
                CreatedAt = confirmedAt.AddMinutes(-4),
                ConfirmedAt = confirmedAt,
            });
            campaign.SignatureCount++;
        }
    }

    private static T Find<T>(Dictionary<string, T> known, string key, string what) =>
        known.TryGetValue(key, out var found) ? found
            : throw new InvalidDataException($"The seeds refer to an unknown {what} '{key}'.");

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
