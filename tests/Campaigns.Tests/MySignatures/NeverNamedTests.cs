using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Deliveries;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.MySignatures;

/// <summary>"Count me but never name me": counted everywhere, named nowhere, not even to the officials.</summary>
public class NeverNamedTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_signature_never_to_be_named_counts_but_no_digest_or_public_list_names_it()
    {
        var petition = await app.LetterCampaignAsync(CampaignKind.Petition, t =>
        {
            t.Mode = DeliveryMode.Digest;
            t.DigestThreshold = 2;
        });
        var email = Emails.Unique("unnamed");
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(email, Name: "Marie Curie", City: "Paris"));
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique("named"), Name: "Lise Meitner"));
        var path = await app.MySignaturesPathAsync(email);
        var pages = app.CreatePageClient();

        var chosen = await pages.SubmitFormAsync(path, "/name", new Dictionary<string, string> { ["nameDisplay"] = "never" });
        await app.CountSignaturesAsync();
        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var mine = await pages.GetDocumentAsync(path);
        Assert.Contains("Named nowhere, not even to officials; counted", mine.QuerySelector("main").Text());
        Assert.True(mine.QuerySelector("input[name=nameDisplay][value=never]")!.HasAttribute("checked"));
        var digest = app.Mailbox.SingleMessageTo(petition.Target.Email!).TextBody;
        Assert.Contains("Signed by 2 people", digest);
        Assert.Contains("Lise Meitner", digest);
        Assert.DoesNotContain("Marie Curie", digest);
        Assert.DoesNotContain("Paris", digest);
        Assert.Contains("and 1 more who asked not to be named", digest);
        Assert.Equal(2, (await app.Seed.FindCampaignAsync(petition.Slug))!.SignatureCount);
        Assert.DoesNotContain("Marie Curie", (await pages.GetDocumentAsync($"/campaigns/{petition.Slug}")).QuerySelector("main").Text());
    }

    [Fact]
    public async Task A_letter_never_to_be_named_reaches_the_official_unsigned_and_the_signatories_export_leaves_the_name_out()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, t => t.Mode = DeliveryMode.Individual,
            c => c.ReplyToSupporter = true, owner: organizer);
        var email = Emails.Unique("anonymous");
        await app.SignAndConfirmAsync(letter.Slug, new SignatureRequest(email, Name: "Marie Curie", City: "Paris"));
        var token = MySignaturesSteps.Token(await app.MySignaturesPathAsync(email));
        var api = app.CreateClient();
        using var records = JsonDocument.Parse(await api.GetStringAsync($"/api/my-signatures/{token}"));
        var id = records.RootElement.GetProperty("signatures")[0].GetProperty("id").GetString();

        var invalid = await api.PutAsJsonAsync($"/api/my-signatures/{token}/signatures/{id}/name", new { nameDisplay = "sometimes" });
        var chosen = await api.PutAsJsonAsync($"/api/my-signatures/{token}/signatures/{id}/name", new { nameDisplay = "never" });
        await app.RunDeliveriesAsync();
        await app.CountSignaturesAsync();

        await Problems.AssertFieldErrorAsync(invalid, "nameDisplay");
        Assert.Equal(HttpStatusCode.NoContent, chosen.StatusCode);
        var sent = app.Mailbox.SingleMessageTo(letter.Target.Email!);
        Assert.DoesNotContain("Marie Curie", sent.TextBody);
        Assert.DoesNotContain("Paris", sent.TextBody);
        Assert.Contains("A supporter", sent.TextBody);
        Assert.Null(sent.Header("Reply-To"));
        var organizerClient = await app.Seed.ClientForAsync(organizer);
        var signatories = await organizerClient.GetStringAsync($"/api/organizer/campaigns/{letter.Slug}/signatories.csv");
        Assert.DoesNotContain("Marie Curie", signatories);
        Assert.DoesNotContain(email, signatories);
        Assert.Equal(1, (await app.Seed.FindCampaignAsync(letter.Slug))!.SignatureCount);
    }

    [Fact]
    public async Task The_download_holds_everything_kept_as_a_json_file_and_as_a_readable_page()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique("download");
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(email, Name: "王炳章", City: "Lyon", Comment: "Free him now"));
        var path = await app.MySignaturesPathAsync(email);
        var pages = app.CreatePageClient();

        var file = await pages.GetAsync($"{path}/data.json");
        var readable = (await pages.GetDocumentAsync($"{path}/data")).QuerySelector("main").Text();

        Assert.Equal("application/json", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        using var json = JsonDocument.Parse(await file.Content.ReadAsStringAsync());
        var signature = json.RootElement.GetProperty("signatures")[0];
        Assert.Equal(email, json.RootElement.GetProperty("email").GetString());
        Assert.Equal("王炳章", signature.GetProperty("name").GetString());
        Assert.Equal("Free him now", signature.GetProperty("comment").GetString());
        Assert.Equal("Lyon", signature.GetProperty("city").GetString());
        Assert.Equal(petition.Title, signature.GetProperty("campaign").GetString());
        Assert.Contains("王炳章", readable);
        Assert.Contains(email, readable);
        Assert.Contains("Free him now", readable);
    }
}
