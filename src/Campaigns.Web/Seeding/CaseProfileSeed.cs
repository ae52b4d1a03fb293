using System.Globalization;
using Campaigns.Web.Domain;

namespace Campaigns.Web.Seeding;

/// <summary>The parts of a case in seeds/cases.json beyond its basic profile: advocates, partners and the dated updates.</summary>
public sealed class CaseProfileSeed
{
    public required string Slug { get; init; }
    public string? Honorific { get; init; }
    public DateOnly? ReleasedOn { get; init; }
    public IReadOnlyList<AdvocateSeed> Advocates { get; init; } = [];
    public IReadOnlyList<AdvocateSeed> Partners { get; init; } = [];
    public IReadOnlyList<CaseUpdateSeed> Updates { get; init; } = [];
}

public sealed class AdvocateSeed
{
    public required string Name { get; init; }
    public string? Title { get; init; }
    public string? Affiliation { get; init; }
    public string? Url { get; init; }
}

public sealed class CaseUpdateSeed
{
    /// <summary>"2023-09-21", or only "2019-10" or "2024" when that is all the source gives.</summary>
    public required string Date { get; init; }
    public required string Summary { get; init; }
    public string? Source { get; init; }
    public string? SourceUrl { get; init; }

    public (DateOnly Date, DatePrecision Precision) ParsedDate() => Date.Length switch
    {
        4 => (new DateOnly(int.Parse(Date, CultureInfo.InvariantCulture), 1, 1), DatePrecision.Year),
        7 => (DateOnly.ParseExact(Date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecision.Month),
        _ => (DateOnly.ParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecision.Day),
    };
}

/// <summary>Adds the honorific, advocates, partners and timeline from the seeds to the cases already built.</summary>
public static class CaseProfiles
{
    public static void Apply(SeedFolder seeds, IReadOnlyDictionary<string, Case> cases, DateTime now)
    {
        foreach (var seed in seeds.Read<List<CaseProfileSeed>>("cases.json"))
        {
            var person = cases[seed.Slug];
            person.Honorific = seed.Honorific;
            person.StatusChangedOn = seed.ReleasedOn ?? person.DetainedSince;
            var position = 0;
            foreach (var (advocate, kind) in seed.Advocates.Select(a => (a, AdvocateKind.Advocate)).Concat(seed.Partners.Select(p => (p, AdvocateKind.Partner))))
            {
                person.Advocates.Add(new CaseAdvocate
                {
                    Kind = kind, Name = advocate.Name, Title = advocate.Title, Affiliation = advocate.Affiliation, Url = advocate.Url, Position = position++,
                });
            }
            foreach (var update in seed.Updates)
            {
                var (date, precision) = update.ParsedDate();
                person.Updates.Add(new CaseUpdate
                {
                    Date = date, DatePrecision = precision, Summary = update.Summary, SourceName = update.Source, SourceUrl = update.SourceUrl, CreatedAt = now,
                });
            }
        }
    }
}
