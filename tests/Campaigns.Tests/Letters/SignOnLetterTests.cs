using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Letters;

public class SignOnLetterTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const string Body = "{salutation},\n\nWe ask you to investigate Dr. Wang's detention.\n\nYours sincerely,";

    private async Task<(HttpClient Organizer, string Slug)> LetterAsync(string order)
    {
        var organizer = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var slug = await app.PublishedLetterAsync(organizer, "signOnLetter", Body, new { signatoryOrder = order });
        return (organizer, slug);
    }

    private static IEnumerable<(string Group, string[] Names)> Groups(JsonElement listing) =>
        listing.GetProperty("groups").EnumerateArray().Select(g => (
            g.GetProperty("name").GetString()!,
            g.GetProperty("signatories").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToArray()));

    [Fact]
    public async Task Groups_show_listed_and_confirmed_online_signatories_in_the_organizers_order()
    {
        var (organizer, slug) = await LetterAsync("asArranged");
        var sisters = await organizer.AddGroupAsync(slug, new { name = "Dr. Wang's family: sisters", country = "CA" });
        var supporters = await organizer.AddGroupAsync(slug, new { name = "Supporters", receivesOnlineSigners = true });
        var children = await organizer.AddGroupAsync(slug, new { name = "Dr. Wang's family: children", position = 0 });
        foreach (var name in new[] { "Ti-Anna Wang", "Hans Wang" })
        {
            await organizer.AddSignatoryAsync(slug, children.GetProperty("id").GetString()!, new { name });
        }
        await organizer.AddSignatoryAsync(slug, sisters.GetProperty("id").GetString()!, new { name = "Jinhuan Wang" });
        await organizer.AddSignatoryAsync(slug, supporters.GetProperty("id").GetString()!, new { name = "Jane Xiuhong Jin", country = "US" });
        await app.SignAndConfirmAsync(slug, new SignatureRequest(Emails.Unique(), Name: "Anna Bell", PublicName: true));
        await app.SignAndConfirmAsync(slug, new SignatureRequest(Emails.Unique(), Name: "Hidden Person", PublicName: false));

        var listing = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/campaigns/{slug}/signatories");

        Assert.Equal(
            [("Dr. Wang's family: children", ["Ti-Anna Wang", "Hans Wang"]), ("Dr. Wang's family: sisters", ["Jinhuan Wang"]),
             ("Supporters", ["Jane Xiuhong Jin", "Anna Bell"])],
            Groups(listing).Select(g => (g.Group, g.Names)).ToArray(), new GroupComparer());
        Assert.Equal(1, listing.GetProperty("groups")[2].GetProperty("more").GetInt32());
        Assert.DoesNotContain("@", listing.ToString());
    }

    [Fact]
    public async Task Alphabetical_order_sorts_names_in_any_script_and_reordering_is_kept_for_arranged_lists()
    {
        var (organizer, slug) = await LetterAsync("alphabetical");
        var group = (await organizer.AddGroupAsync(slug, new { name = "Family" })).GetProperty("id").GetString()!;
        var ids = new List<string>();
        foreach (var name in new[] { "Zhou Fengsuo", "王炳章", "ángel Díaz", "Bingwu Wang" })
        {
            ids.Add((await organizer.AddSignatoryAsync(slug, group, new { name })).GetProperty("id").GetString()!);
        }
        ids.Reverse();
        var reordered = await organizer.PutAsJsonAsync($"/api/organizer/campaigns/{slug}/signatory-groups/{group}/signatories/order", new { signatoryIds = ids });
        reordered.EnsureSuccessStatusCode();

        var alphabetical = Groups(await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/campaigns/{slug}/signatories")).Single().Names;
        await organizer.PutAsJsonAsync($"/api/organizer/campaigns/{slug}/letter", new { signatoryOrder = "asArranged" });
        var arranged = Groups(await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/campaigns/{slug}/signatories")).Single().Names;

        Assert.Equal(["ángel Díaz", "Bingwu Wang", "Zhou Fengsuo", "王炳章"], alphabetical);
        Assert.Equal(["Bingwu Wang", "ángel Díaz", "王炳章", "Zhou Fengsuo"], arranged);
    }

    [Fact]
    public async Task Listed_signatories_count_and_stop_counting_when_removed_and_reconciliation_agrees()
    {
        var (organizer, slug) = await LetterAsync("asArranged");
        var family = (await organizer.AddGroupAsync(slug, new { name = "Family" })).GetProperty("id").GetString()!;
        var organisations = (await organizer.AddGroupAsync(slug, new { name = "Organisations" })).GetProperty("id").GetString()!;
        var times = await organizer.AddSignatoryAsync(slug, family, new { name = "Times Wang" });
        await organizer.AddSignatoryAsync(slug, family, new { name = "Hans Wang" });
        await organizer.AddSignatoryAsync(slug, organisations, new { name = "Federation for a Democratic China", isOrganisation = true });
        await app.SignAndConfirmAsync(slug, new SignatureRequest(Emails.Unique()));
        await organizer.DeleteAsync($"/api/organizer/campaigns/{slug}/signatory-groups/{family}/signatories/{times.GetProperty("id").GetString()}");
        await app.CountSignaturesAsync();
        var counted = await app.Seed.FindCampaignAsync(slug);

        await app.ReconcileCountsAsync();
        var reconciled = await app.Seed.FindCampaignAsync(slug);

        Assert.Equal((2, 1), (counted!.SignatureCount, counted.OrganisationCount));
        Assert.Equal((2, 1), (reconciled!.SignatureCount, reconciled.OrganisationCount));
    }

    private sealed class GroupComparer : IEqualityComparer<(string, string[])>
    {
        public bool Equals((string, string[]) x, (string, string[]) y) => x.Item1 == y.Item1 && x.Item2.SequenceEqual(y.Item2);

        public int GetHashCode((string, string[]) obj) => obj.Item1.GetHashCode();
    }
}
