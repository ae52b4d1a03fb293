using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Deliveries;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Letters;

/// <summary>An organizer of another organisation can neither see nor change a letter's ledger, groups, settings or approvals.</summary>
public class LetterAuthorizationTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Another_organisations_organizer_cannot_release_record_postings_approve_or_edit_and_nothing_changes()
    {
        var owner = await app.Seed.OrganizerAsync();
        using var organizer = await app.Seed.ClientForAsync(owner);
        using var stranger = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var letter = await app.LetterCampaignAsync(CampaignKind.SignOnLetter, t =>
        {
            t.Mode = DeliveryMode.OnRelease;
            t.Channel = DeliveryChannel.Post;
        }, owner: owner);
        await app.SignersAsync(letter.Slug, 1);
        var campaign = $"/api/organizer/campaigns/{letter.Slug}";

        var release = await stranger.PostAsync($"{campaign}/release", null);
        Assert.Empty(await app.DeliveriesAsync(letter.Campaign.Id));
        Assert.Equal(HttpStatusCode.OK, (await organizer.PostAsync($"{campaign}/release", null)).StatusCode);
        var delivery = Assert.Single(await app.DeliveriesAsync(letter.Campaign.Id));
        var posted = await stranger.PostAsJsonAsync($"/api/organizer/deliveries/{delivery.Id}/posted",
            new { postedAt = DateTime.UtcNow.AddHours(-1), method = "hand", reference = "Front desk" });
        var group = await stranger.PostAsJsonAsync($"{campaign}/signatory-groups", new { name = "Family" });
        var settings = await stranger.PutAsJsonAsync($"{campaign}/letter", new { letterSubject = "Changed" });
        var pending = await stranger.GetAsync($"{campaign}/organisations");
        var approve = await stranger.PostAsync($"{campaign}/organisations/{Guid.NewGuid()}/approve", null);

        foreach (var refused in new[] { release, posted, group, settings, pending, approve })
        {
            await Problems.AssertProblemAsync(refused, HttpStatusCode.Forbidden);
        }
        Assert.Equal(DeliveryStatus.Queued, Assert.Single(await app.DeliveriesAsync(letter.Campaign.Id)).Status);
        Assert.False(await app.WithDbAsync(db => db.SignatoryGroups.AnyAsync(g => g.CampaignId == letter.Campaign.Id)));
        Assert.NotEqual("Changed", (await app.Seed.FindCampaignAsync(letter.Slug))!.LetterSubject);
    }
}
