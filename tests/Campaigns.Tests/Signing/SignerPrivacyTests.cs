using System.Text.Json;
using AngleSharp.Html.Parser;
using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Signing;

public class SignerPrivacyTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task No_public_response_or_page_shows_a_signers_email_address()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique("visible");
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(email, Name: "Grace Hopper", Comment: "Free them"));
        await app.CountSignaturesAsync();

        var paths = new[]
        {
            "/api/campaigns?pageSize=100", $"/api/campaigns/{petition.Slug}", $"/api/campaigns/{petition.Slug}/count",
            $"/campaigns/{petition.Slug}", "/campaigns", "/",
        };
        foreach (var path in paths)
        {
            var body = await _client.GetStringAsync(path);
            Assert.DoesNotContain(email.Split('@')[0], body, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("Grace Hopper", await _client.GetStringAsync($"/campaigns/{petition.Slug}"));
    }

    [Fact]
    public async Task Recent_signers_show_names_only_as_each_signer_agreed()
    {
        var petition = await app.Seed.PetitionAsync();
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique(), Name: "Grace Brewster Hopper", Country: "US"));
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique(), Name: "Ada Lovelace", InitialsOnly: true));
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique(), Name: "Hidden Person", PublicName: false));
        await _client.SignAsync(petition.Slug, new SignatureRequest(Emails.Unique(), Name: "Unconfirmed Person"));

        var signers = await RecentSignersAsync(petition.Slug);

        Assert.Contains(signers, s => s.Contains("Grace Brewster Hopper") && s.Contains("United States"));
        Assert.Contains(signers, s => s.StartsWith("A.L.", StringComparison.Ordinal));
        Assert.DoesNotContain(signers, s => s.Contains("Ada") || s.Contains("Lovelace"));
        Assert.DoesNotContain(signers, s => s.Contains("Hidden") || s.Contains("Unconfirmed"));
        Assert.Equal(2, signers.Count);
    }

    [Fact]
    public async Task Client_address_is_kept_only_as_a_salted_hash()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();
        const string address = "203.0.113.77";

        await app.CreateClientFrom(address).SignAsync(petition.Slug, new SignatureRequest(email));

        var signature = await app.WithDbAsync(db => db.Signatures.AsNoTracking().SingleAsync(s => s.CampaignId == petition.Id));
        Assert.Matches("^[0-9a-f]{64}$", signature.IpHash);
        Assert.DoesNotContain(address, JsonSerializer.Serialize(signature));
    }

    private async Task<List<string>> RecentSignersAsync(string slug)
    {
        var html = await _client.GetStringAsync($"/campaigns/{slug}");
        var document = new HtmlParser().ParseDocument(html);
        var section = document.QuerySelectorAll("section").FirstOrDefault(s => s.QuerySelector("h2")?.TextContent.Trim() == "Recent signers");
        return section?.QuerySelectorAll("li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList() ?? [];
    }
}
