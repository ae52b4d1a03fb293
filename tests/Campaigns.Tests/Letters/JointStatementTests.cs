using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Letters;

public class JointStatementTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const string Body = "We, the undersigned organisations, call for the release of Sophia Huang Xueqin and Wang Jianbing.";

    private async Task<(HttpClient Organizer, string Slug)> StatementAsync()
    {
        var organizer = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var slug = await app.PublishedLetterAsync(organizer, "jointStatement", Body, new
        {
            addressedTo = "The government of the People's Republic of China",
            contactName = "Kevin Darling",
            contactOrganisation = "Amnesty International",
            contactEmail = "kevin.darling@example.org",
            signatoryOrder = "alphabetical",
        }, withTargets: false);
        return (organizer, slug);
    }

    private static object Organisation(string email, string name, string domain) => new
    {
        email, name = "Maria Rep", country = "FR",
        organisation = new { organisationName = name, organisationDomain = domain, signerRole = "Director" },
    };

    private async Task<string> SignForOrganisationAsync(string slug, string email, string name, string domain)
    {
        var signed = await app.CreateClient().PostAsJsonAsync($"/api/campaigns/{slug}/signatures", Organisation(email, name, domain));
        Assert.Equal(HttpStatusCode.Accepted, signed.StatusCode);
        await app.DrainOutboxAsync();
        var confirmed = await app.CreateClient().ConfirmAsync((await app.Mailbox.WaitForMessageToAsync(email)).ConfirmationToken);
        return (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()!;
    }

    [Fact]
    public async Task Address_at_the_organisations_domain_confirms_it_while_another_address_waits_for_the_organizer()
    {
        var (organizer, slug) = await StatementAsync();
        var atDomain = await SignForOrganisationAsync(slug, $"{Guid.NewGuid():N}@paris.acat.example", "ACAT-France", "https://www.acat.example/about");
        var elsewhere = await SignForOrganisationAsync(slug, Emails.Unique(), "Christian Solidarity Worldwide", "csw.example");
        await app.SignAndConfirmAsync(slug, new SignatureRequest(Emails.Unique(), Name: "Individual Supporter"));
        await app.CountSignaturesAsync();
        var before = await app.Seed.FindCampaignAsync(slug);
        var pending = await organizer.GetFromJsonAsync<JsonElement>($"/api/organizer/campaigns/{slug}/organisations");
        var waiting = pending.EnumerateArray().Single(o => o.GetProperty("confirmedAt").ValueKind == JsonValueKind.Null);

        var approved = await organizer.PostAsync($"/api/organizer/campaigns/{slug}/organisations/{waiting.GetProperty("id").GetString()}/approve", null);
        await app.CountSignaturesAsync();
        var after = await app.Seed.FindCampaignAsync(slug);
        await app.ReconcileCountsAsync();

        Assert.Equal(("confirmed", "awaiting-approval"), (atDomain, elsewhere));
        Assert.Equal("Christian Solidarity Worldwide", waiting.GetProperty("organisationName").GetString());
        Assert.Equal((1, 1), (before!.SignatureCount, before.OrganisationCount));
        Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);
        Assert.Equal((1, 2), (after!.SignatureCount, after.OrganisationCount));
        Assert.Equal(2, (await app.Seed.FindCampaignAsync(slug))!.OrganisationCount);
    }

    [Fact]
    public async Task Public_list_of_organisations_is_alphabetical_with_listed_ones_and_the_statement_shows_its_contact()
    {
        var (organizer, slug) = await StatementAsync();
        var group = (await organizer.AddGroupAsync(slug, new { name = "Co-signing organisations" })).GetProperty("id").GetString()!;
        await organizer.AddSignatoryAsync(slug, group, new { name = "PEN International", isOrganisation = true });
        await organizer.AddSignatoryAsync(slug, group, new { name = "Front Line Defenders", isOrganisation = true });
        await SignForOrganisationAsync(slug, $"{Guid.NewGuid():N}@hrw.example", "Human Rights Watch", "hrw.example");
        await SignForOrganisationAsync(slug, Emails.Unique(), "Unapproved Group", "unapproved.example");

        var listing = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/campaigns/{slug}/signatories");
        var page = await app.CreatePageClient().GetDocumentAsync($"/campaigns/{slug}");

        Assert.Equal(["Front Line Defenders", "Human Rights Watch", "PEN International"],
            listing.GetProperty("organisations").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        Assert.Contains("Contact: Kevin Darling, Amnesty International", page.QuerySelector(".letter-contact").Text());
        Assert.Contains("Addressed to: The government of the People's Republic of China", page.Body.Text());
        Assert.DoesNotContain("Unapproved Group", page.Body.Text());
    }

    [Fact]
    public async Task Organisation_block_is_refused_for_other_kinds_and_needs_a_real_domain()
    {
        var (_, slug) = await StatementAsync();
        var petition = await app.Seed.PetitionAsync();

        var onPetition = await app.CreateClient().PostAsJsonAsync($"/api/campaigns/{petition.Slug}/signatures", Organisation(Emails.Unique(), "PEN", "pen.example"));
        var noDomain = await app.CreateClient().PostAsJsonAsync($"/api/campaigns/{slug}/signatures", Organisation(Emails.Unique(), "PEN", "not a domain"));

        await Problems.AssertFieldErrorAsync(onPetition, "organisation");
        await Problems.AssertFieldErrorAsync(noDomain, "organisation.organisationDomain");
    }
}
