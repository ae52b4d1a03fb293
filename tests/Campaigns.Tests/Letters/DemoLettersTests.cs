using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Letters;

/// <summary>The demo's letters: the family's letter to the UN, the joint statement's co-signers and an appeal to nine officials.</summary>
public sealed class DemoLettersTests : IAsyncLifetime
{
    private readonly CampaignsAppFactory _app = CampaignsAppFactory.Create(new AppOptions
    {
        Settings = new Dictionary<string, string> { ["Campaigns:SeedDemoData"] = "true" },
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Demo_letters_carry_their_signatories_contact_and_editable_paragraph_and_reconcile_to_the_same_counts()
    {
        var client = _app.CreateClient();

        var un = await client.GetFromJsonAsync<JsonElement>("/api/campaigns/letter-to-un-secretary-general-2022/signatories");
        var statement = await client.GetFromJsonAsync<JsonElement>("/api/campaigns/free-huang-xueqin-and-wang-jianbing/signatories");
        var printable = await client.GetDocumentAsync("/campaigns/letter-to-un-secretary-general-2022/letter");
        var appeal = await client.GetDocumentAsync("/campaigns/write-to-the-officials-wang-bingzhang");
        var before = await _app.Seed.FindCampaignAsync("free-huang-xueqin-and-wang-jianbing");
        await _app.ReconcileCountsAsync();
        var after = await _app.Seed.FindCampaignAsync("free-huang-xueqin-and-wang-jianbing");

        Assert.Equal("Dr. Wang's family: children", un.GetProperty("groups")[0].GetProperty("name").GetString());
        Assert.Contains("760 United Nations Plaza", printable.QuerySelector("address.postal-address").Text());
        Assert.Contains("Dear Mr. Guterres,", printable.QuerySelector(".letter-body").Text());
        var organisations = statement.GetProperty("organisations").EnumerateArray().Select(o => o.GetProperty("name").GetString()!).ToList();
        Assert.Equal(32, organisations.Count);
        Assert.Equal("ACAT-France", organisations[0]);
        Assert.Equal((32, 32), (before!.OrganisationCount, after!.OrganisationCount));
        Assert.Contains("Kevin Darling", (await client.GetDocumentAsync("/campaigns/free-huang-xueqin-and-wang-jianbing")).QuerySelector(".letter-contact").Text());
        Assert.Contains("Your Excellency / 尊敬的主席阁下,", appeal.QuerySelector("#letter").Text());
        Assert.NotNull(appeal.QuerySelector("textarea#PersonalText"));
    }
}
