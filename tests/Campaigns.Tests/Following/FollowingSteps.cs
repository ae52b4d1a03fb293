using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Cases;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Following;

/// <summary>People at risk and the people who follow them, arranged for the tests of this folder.</summary>
public static class FollowingSteps
{
    /// <summary>A case of the organisation (or of a new one), with a unique slug.</summary>
    public static Task<Case> CaseAsync(this CampaignsAppFactory app, string name = "Huang Xueqin", Guid? organisationId = null) => app.WithDbAsync(async db =>
    {
        var now = app.Clock.UtcNow;
        var owner = organisationId ?? db.Organisations.Add(Seed.NewOrganisation(now)).Entity.Id;
        var person = new Case { OrganisationId = owner, Slug = $"case-{Guid.NewGuid():N}"[..20], Name = name, Country = "CN", CreatedAt = now };
        db.Cases.Add(person);
        await db.SaveChangesAsync();
        return person;
    });

    /// <summary>A case created through the organizer API, with the organizer's client to add news to it.</summary>
    public static async Task<(Case Person, HttpClient Organizer)> OrganizerCaseAsync(this CampaignsAppFactory app, string name = "Huang Xueqin")
    {
        var organizer = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var slug = (await organizer.CreateCaseAsync(CaseSteps.NewCase(name, nativeName: null))).Slug();
        return (await app.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Slug == slug)), organizer);
    }

    /// <summary>Adds an entry to the case's timeline as its organizer does.</summary>
    public static async Task AddUpdateAsync(this HttpClient organizer, string caseSlug, string summary)
    {
        var response = await organizer.PostAsJsonAsync($"/api/organizer/cases/{caseSlug}/updates",
            new { date = "2025-03-18", summary, sourceName = "Radio Free Asia" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Links cases to a campaign in the given order.</summary>
    public static Task LinkAsync(this CampaignsAppFactory app, Guid campaignId, params Case[] cases) => app.WithDbAsync(async db =>
    {
        db.CampaignCases.AddRange(cases.Select((c, i) => new CampaignCase { CampaignId = campaignId, CaseId = c.Id, Position = i }));
        await db.SaveChangesAsync();
    });

    public static Task<HttpResponseMessage> FollowAsync(this HttpClient client, string caseSlug, string email) =>
        client.PostAsJsonAsync($"/api/cases/{caseSlug}/followers", new { email });

    /// <summary>Asks to follow, lets the outbox send the confirmation, and presses the button behind its link.</summary>
    public static async Task FollowAndConfirmAsync(this CampaignsAppFactory app, string caseSlug, string email)
    {
        var client = app.CreatePageClient();
        var earlier = app.Mailbox.MessagesTo(email).Count;
        Assert.Equal(HttpStatusCode.Accepted, (await client.FollowAsync(caseSlug, email)).StatusCode);
        await app.DrainOutboxAsync();
        var messages = await app.Mailbox.WaitForMessagesToAsync(email, earlier + 1);
        var link = messages.Select(m => m.Links.FirstOrDefault(IsFollowLink)).Last(l => l is not null)!;
        var confirmed = await client.SubmitFormAsync(link.PathAndQuery, link.AbsolutePath, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    public static Uri FollowLink(ReceivedEmail email) => email.Links.Single(IsFollowLink);

    private static bool IsFollowLink(Uri link) => link.AbsolutePath.StartsWith("/follow/confirm/", StringComparison.Ordinal);

    public static Uri UnsubscribeLink(ReceivedEmail email)
    {
        var header = email.Header("List-Unsubscribe") ?? throw new InvalidOperationException($"No List-Unsubscribe on '{email.Subject}'.");
        return new Uri(header.Trim().Trim('<', '>'));
    }

    public static Task<Follower> FollowerAsync(this CampaignsAppFactory app, Guid caseId, string email) =>
        app.WithDbAsync(db => db.Followers.AsNoTracking().SingleAsync(f => f.CaseId == caseId && f.Email == email));
}
