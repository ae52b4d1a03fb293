using System.Net.Http.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Deliveries;

/// <summary>Nothing goes out after the deadline, once the campaign is closed, or while a target or person needs no further action.</summary>
public class DeliveryHoldTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Letters_still_queued_at_the_deadline_are_cancelled_and_the_ledger_says_why()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, t => t.HourlyCap = 1,
            c => c.Deadline = DateTime.UtcNow.AddMinutes(30), organizer);
        await app.SignersAsync(letter.Slug, 3);
        await app.RunDeliveriesAsync();

        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.RunDeliveriesAsync();

        Assert.Single(app.Mailbox.MessagesTo(letter.Target.Email!));
        using var client = await app.Seed.ClientForAsync(organizer);
        var ledger = await client.LedgerAsync(letter.Slug, "?status=cancelled");
        Assert.Equal(2, ledger.Total);
        Assert.All(ledger.Items, l => Assert.Contains("deadline passed", l.HeldReason));
        Assert.Equal((1, 2), (ledger.Targets[0].Sent, ledger.Targets[0].Cancelled));
    }

    [Fact]
    public async Task Closing_the_campaign_cancels_what_has_not_gone_out()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, t => t.HourlyCap = 1, owner: organizer);
        await app.SignersAsync(letter.Slug, 2);
        await app.RunDeliveriesAsync();
        using var client = await app.Seed.ClientForAsync(organizer);

        await client.PostAsJsonAsync($"/api/organizer/campaigns/{letter.Slug}/close", new { closingMessage = "Released." });
        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.RunDeliveriesAsync();

        Assert.Single(app.Mailbox.MessagesTo(letter.Target.Email!));
        var cancelled = Assert.Single((await client.LedgerAsync(letter.Slug, "?status=cancelled")).Items);
        Assert.Contains("closed", cancelled.HeldReason);
        Assert.NotNull(cancelled.CancelledAt);
    }

    [Fact]
    public async Task No_further_action_holds_a_targets_letters_until_it_is_lifted()
    {
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter);
        await app.ChangeTargetAsync(letter.Campaign.Id, letter.Target.Id, t =>
        {
            t.NoFurtherActionAt = DateTime.UtcNow;
            t.NoFurtherActionReason = "He was released on 3 March.";
        });
        await app.SignersAsync(letter.Slug, 2);
        await app.RunDeliveriesAsync();

        Assert.Empty(app.Mailbox.MessagesTo(letter.Target.Email!));
        Assert.All(await app.DeliveriesAsync(letter.Campaign.Id), d =>
        {
            Assert.Equal(DeliveryStatus.Held, d.Status);
            Assert.Contains("He was released on 3 March.", d.HeldReason);
        });

        await app.ChangeTargetAsync(letter.Campaign.Id, letter.Target.Id, t => t.NoFurtherActionAt = null);
        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();

        Assert.Equal(2, app.Mailbox.MessagesTo(letter.Target.Email!).Count);
    }

    [Fact]
    public async Task Letters_about_a_person_for_whom_no_further_action_is_asked_are_held_and_others_go()
    {
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, targets: 2);
        var (released, detained) = (await CaseAsync(letter.Campaign.Id, "Released Person", ActionStatus.NoFurtherAction),
            await CaseAsync(letter.Campaign.Id, "Detained Person", ActionStatus.Continues));
        await app.ChangeTargetAsync(letter.Campaign.Id, letter.Targets[0].Id, t => t.OnBehalfOfCaseId = released);
        await app.ChangeTargetAsync(letter.Campaign.Id, letter.Targets[1].Id, t => t.OnBehalfOfCaseId = detained);
        await app.SignersAsync(letter.Slug, 1);

        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();

        Assert.Empty(app.Mailbox.MessagesTo(letter.Targets[0].Email!));
        Assert.Single(app.Mailbox.MessagesTo(letter.Targets[1].Email!));
        var held = (await app.DeliveriesAsync(letter.Campaign.Id)).Single(d => d.TargetId == letter.Targets[0].Id);
        Assert.Equal(DeliveryStatus.Held, held.Status);
        Assert.Contains("Released Person", held.HeldReason);
    }

    [Fact]
    public async Task A_hold_that_appears_after_a_letter_was_queued_for_sending_still_stops_it()
    {
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter);
        await app.SignersAsync(letter.Slug, 1);
        await app.WithScopeAsync(sp => sp.GetRequiredService<Campaigns.Web.Features.Deliveries.DeliveryScheduler>().RunAsync(CancellationToken.None));

        await app.WithDbAsync(db => db.Targets.Where(t => t.Id == letter.Target.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RetiredAt, DateTime.UtcNow)));
        await app.DrainOutboxAsync();

        Assert.Empty(app.Mailbox.MessagesTo(letter.Target.Email!));
        var held = Assert.Single(await app.DeliveriesAsync(letter.Campaign.Id));
        Assert.Equal(DeliveryStatus.Held, held.Status);
        Assert.Contains("retired", held.HeldReason);

        await app.WithDbAsync(db => db.Targets.Where(t => t.Id == letter.Target.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RetiredAt, (DateTime?)null)));
        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();
        Assert.Single(app.Mailbox.MessagesTo(letter.Target.Email!));
    }

    private Task<Guid> CaseAsync(Guid campaignId, string name, ActionStatus status) => app.WithDbAsync(async db =>
    {
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == campaignId);
        var person = new Case { OrganisationId = campaign.OrganisationId, Name = name, Slug = $"case-{Guid.NewGuid():N}"[..20], CreatedAt = DateTime.UtcNow };
        db.Cases.Add(person);
        db.CampaignCases.Add(new CampaignCase { CampaignId = campaignId, CaseId = person.Id, ActionStatus = status });
        await db.SaveChangesAsync();
        return person.Id;
    });
}
