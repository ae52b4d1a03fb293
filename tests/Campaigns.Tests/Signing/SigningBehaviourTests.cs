using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Signing;

public class SigningBehaviourTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Signature_counts_only_after_email_confirmation()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();

        await _client.SignAsync(petition.Slug, new SignatureRequest(email));
        await app.DrainOutboxAsync();
        await app.CountSignaturesAsync();
        Assert.Equal(0, await ConfirmedCountAsync(petition.Slug));

        await _client.ConfirmAsync(app.Mailbox.SingleMessageTo(email).ConfirmationToken);
        await app.CountSignaturesAsync();
        Assert.Equal(1, await ConfirmedCountAsync(petition.Slug));
    }

    [Fact]
    public async Task Signing_again_while_pending_adds_nothing_and_resends_the_confirmation()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();

        var first = await _client.SignAsync(petition.Slug, new SignatureRequest(email));
        await app.DrainOutboxAsync();
        var again = await _client.SignAsync(petition.Slug, new SignatureRequest(email.ToUpperInvariant(), Name: "Someone Else"));
        await app.DrainOutboxAsync();

        await AssertSameResponseAsync(first, again);
        Assert.Equal(1, await SignatureRowsAsync(petition.Id));
        var messages = app.Mailbox.MessagesTo(email);
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.StartsWith("/confirm/", m.ConfirmationLink.AbsolutePath));
    }

    [Fact]
    public async Task Signing_again_after_confirming_adds_nothing_and_tells_the_mailbox_owner()
    {
        var petition = await app.Seed.PetitionAsync();
        var local = $"ada.{Guid.NewGuid():N}"[..16];
        var address = $"{local}@gmail.com";
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(address));

        var variants = new[] { $"{local.Replace(".", "").ToUpperInvariant()}@GMAIL.com", $"{local}+petition@gmail.com", $"{local}@googlemail.com" };
        foreach (var variant in variants)
        {
            var response = await _client.SignAsync(petition.Slug, new SignatureRequest(variant));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }
        await app.DrainOutboxAsync();
        await app.CountSignaturesAsync();

        Assert.Equal(1, await SignatureRowsAsync(petition.Id));
        Assert.Equal(1, await ConfirmedCountAsync(petition.Slug));
        var messages = app.Mailbox.MessagesTo(address);
        Assert.Equal(2, messages.Count);
        var notice = Assert.Single(messages, m => m.Subject.Contains("already signed", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(petition.Title, notice.Subject);
    }

    [Fact]
    public async Task Repeat_signature_gets_the_same_response_as_a_first_one()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();
        var first = await _client.SignAsync(petition.Slug, new SignatureRequest(email));
        var stranger = await _client.SignAsync(petition.Slug, new SignatureRequest(Emails.Unique()));

        var repeat = await _client.SignAsync(petition.Slug, new SignatureRequest(email));

        await AssertSameResponseAsync(first, repeat);
        await AssertSameResponseAsync(stranger, repeat);
    }

    private static async Task AssertSameResponseAsync(HttpResponseMessage expected, HttpResponseMessage actual)
    {
        Assert.Equal(expected.StatusCode, actual.StatusCode);
        Assert.Equal(await expected.Content.ReadAsStringAsync(), await actual.Content.ReadAsStringAsync());
        Assert.Equal(expected.Headers.Location, actual.Headers.Location);
    }

    private Task<int> SignatureRowsAsync(Guid campaignId) =>
        app.WithDbAsync(db => db.Signatures.CountAsync(s => s.CampaignId == campaignId));

    private async Task<int> ConfirmedCountAsync(string slug) =>
        (await _client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{slug}/count")).GetProperty("confirmed").GetInt32();
}
