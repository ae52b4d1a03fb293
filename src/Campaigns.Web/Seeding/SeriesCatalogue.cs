using Campaigns.Web.Domain;

namespace Campaigns.Web.Seeding;

/// <summary>
/// Adds the urgent-action series to the demo: the series, its earlier outputs as closed campaigns, the place
/// of each campaign file's output in it, and each person's action status.
/// </summary>
public static class SeriesCatalogue
{
    public const string SeriesFile = "series.json";

    public static IReadOnlyList<ActionSeries> AddTo(DemoCatalogue catalogue, SeedFolder seeds, DateTime now)
    {
        if (!File.Exists(Path.Combine(seeds.Root, SeriesFile)))
        {
            return [];
        }
        var series = seeds.Read<List<SeriesSeed>>(SeriesFile);
        var actions = seeds.ReadEach<UrgentActionFile>("campaigns").Where(f => f.UrgentAction is not null).ToList();
        var added = new List<ActionSeries>();
        foreach (var seed in series)
        {
            var organisation = catalogue.Organisations[seed.Organisation];
            var entity = new ActionSeries { OrganisationId = organisation.Id, Reference = seed.Reference, Title = seed.Title, CreatedAt = now };
            added.Add(entity);
            foreach (var file in actions.Where(a => a.UrgentAction!.Reference == seed.Reference))
            {
                var latest = catalogue.Campaigns[file.Slug];
                Place(latest, entity, file.UrgentAction!.Output, file.UrgentAction.FinalOutput);
                SetActions(latest, catalogue, file.UrgentAction);
                foreach (var earlier in seed.EarlierOutputs)
                {
                    var title = file.UrgentAction.PreviousOutputs.Single(p => p.Output == earlier.Output).Title;
                    var campaign = Earlier(latest, earlier, title);
                    Place(campaign, entity, earlier.Output, final: false);
                    catalogue.Campaigns.Add(campaign.Slug, campaign);
                }
            }
        }
        return added;
    }

    private static void Place(Campaign campaign, ActionSeries series, int output, bool final)
    {
        campaign.SeriesId = series.Id;
        campaign.Reference = series.Reference;
        campaign.OutputNumber = output;
        campaign.FinalOutput = final;
    }

    private static void SetActions(Campaign campaign, DemoCatalogue catalogue, UrgentActionSeed seed)
    {
        foreach (var person in seed.People)
        {
            var link = campaign.Cases.Single(c => c.CaseId == catalogue.Cases[person.Case].Id);
            link.ActionStatus = person.Status;
            link.ActionReason = person.Reason;
            link.ActionChangedOn = person.Since ?? (campaign.PublishedAt is { } at ? DateOnly.FromDateTime(at) : null);
        }
    }

    private static Campaign Earlier(Campaign latest, EarlierOutputSeed seed, string title)
    {
        var campaign = new Campaign
        {
            OrganisationId = latest.OrganisationId,
            Slug = seed.Slug,
            Kind = latest.Kind,
            Status = CampaignStatus.Closed,
            Title = title,
            Summary = seed.Summary,
            Body = seed.Body,
            StartedBy = latest.StartedBy,
            CreatedAt = Utc(seed.PublishedAt),
            PublishedAt = Utc(seed.PublishedAt),
            ClosedAt = Utc(seed.ClosedAt),
            ClosingMessage = seed.ClosingMessage,
        };
        campaign.Cases.AddRange(latest.Cases.Select(c => new CampaignCase { CaseId = c.CaseId, Position = c.Position }));
        return campaign;
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
