using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Cases;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Solidarity;

/// <summary>Supporters writing to a person detained, and the case's organizers reviewing, as the tests of this folder do them.</summary>
public static class SolidaritySteps
{
    /// <summary>A case kept by a new organizer's organisation, created through the organizer API.</summary>
    public static async Task<(Case Person, Infrastructure.Organizer Owner, HttpClient Organizer)> OwnedCaseAsync(this CampaignsAppFactory app, string name = "Huang Xueqin")
    {
        var owner = await app.Seed.OrganizerAsync();
        var organizer = await app.Seed.ClientForAsync(owner);
        var slug = (await organizer.CreateCaseAsync(CaseSteps.NewCase(name, nativeName: null))).Slug();
        return (await app.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Slug == slug)), owner, organizer);
    }

    public static object Message(string email, string text = "You are not forgotten. We think of you every day.",
        string shown = "FirstNameAndCountry", string? firstName = "Ana", string country = "PT", string addressee = "Person") =>
        new { addressee, text, firstName, country, shown, email };

    public static Task<HttpResponseMessage> WriteAsync(this HttpClient client, string caseSlug, object message) =>
        client.PostAsJsonAsync($"/api/cases/{caseSlug}/messages", message);

    public static Uri ConfirmLink(ReceivedEmail email) =>
        email.Links.Single(l => l.AbsolutePath.StartsWith("/messages/confirm/", StringComparison.Ordinal));

    /// <summary>Writes through the API, lets the outbox send the confirmation, and presses the button behind its link.</summary>
    public static async Task<Guid> WriteAndConfirmAsync(this CampaignsAppFactory app, string caseSlug, object message, string email)
    {
        // The factory's own base address, so this also works when the app listens on a real socket for a browser.
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = app.ClientOptions.BaseAddress });
        Assert.Equal(HttpStatusCode.Accepted, (await client.WriteAsync(caseSlug, message)).StatusCode);
        await app.DrainOutboxAsync();
        var link = ConfirmLink(await app.Mailbox.WaitForMessageToAsync(email));
        var confirmed = await client.SubmitFormAsync(link.PathAndQuery, link.AbsolutePath, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        return await app.WithDbAsync(db => db.SolidarityMessages.Where(m => m.Email == email).Select(m => m.Id).SingleAsync());
    }

    public static async Task ReviewAsync(this HttpClient organizer, string caseSlug, Guid messageId, string decision)
    {
        var response = await organizer.PostAsync($"/api/organizer/cases/{caseSlug}/messages/{messageId}/{decision}", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static Task<SolidarityMessage?> StoredAsync(this CampaignsAppFactory app, Guid id) =>
        app.WithDbAsync(db => db.SolidarityMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id));
}
