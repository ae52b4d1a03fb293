using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Deliveries;

/// <summary>Letters reach officials at the pace their policy allows: an hourly cap and office hours in their own time zone.</summary>
public class DeliveryPacingTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Appeal_letter_goes_to_the_target_once_from_the_platform_with_the_supporter_in_the_body()
    {
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, configure: c => c.ReplyToSupporter = true);
        var supporter = (await app.SignersAsync(letter.Slug, 1, city: "Grenoble"))[0];

        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();

        var email = app.Mailbox.SingleMessageTo(letter.Target.Email!);
        Assert.DoesNotContain(supporter, email.From);
        Assert.Contains(supporter, email.Header("Reply-To"));
        Assert.Equal(letter.Campaign.LetterSubject, email.Subject);
        Assert.Contains("Dear Minister", email.TextBody);
        Assert.Contains("Their only crime was to write.", email.TextBody);
        Assert.Contains("Grenoble, France", email.TextBody);
        var delivery = Assert.Single(await app.DeliveriesAsync(letter.Campaign.Id));
        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        Assert.Equal(email.MessageId, delivery.MessageId);
        Assert.Equal(1, delivery.Attempts);
    }

    [Fact]
    public async Task Letters_to_a_target_with_an_hourly_cap_go_out_that_many_an_hour()
    {
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, t => t.HourlyCap = 2);
        await app.SignersAsync(letter.Slug, 5);

        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();
        Assert.Equal(2, app.Mailbox.MessagesTo(letter.Target.Email!).Count);

        app.Clock.Advance(TimeSpan.FromMinutes(61));
        await app.RunDeliveriesAsync();
        Assert.Equal(4, app.Mailbox.MessagesTo(letter.Target.Email!).Count);

        app.Clock.Advance(TimeSpan.FromMinutes(61));
        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();
        Assert.Equal(5, app.Mailbox.MessagesTo(letter.Target.Email!).Count);
        Assert.All(await app.DeliveriesAsync(letter.Campaign.Id), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [Fact]
    public async Task Letters_signed_at_night_in_the_targets_time_zone_wait_for_the_office_to_open()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        AdvanceToNextMonday(zone, new TimeOnly(2, 0));
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, t =>
        {
            t.TimeZone = "Asia/Shanghai";
            t.OfficeHoursStart = new TimeOnly(9, 0);
            t.OfficeHoursEnd = new TimeOnly(17, 0);
        });
        await app.SignersAsync(letter.Slug, 2);

        await app.RunDeliveriesAsync();

        Assert.Empty(app.Mailbox.MessagesTo(letter.Target.Email!));
        var waiting = await app.DeliveriesAsync(letter.Campaign.Id);
        Assert.All(waiting, d => Assert.Equal(DeliveryStatus.Queued, d.Status));
        var opening = TimeZoneInfo.ConvertTimeFromUtc(waiting[0].DueAt!.Value, zone);
        Assert.Equal((DayOfWeek.Monday, new TimeOnly(9, 0)), (opening.DayOfWeek, TimeOnly.FromDateTime(opening)));

        app.Clock.Advance(TimeSpan.FromHours(7));
        await app.RunDeliveriesAsync();

        Assert.Equal(2, app.Mailbox.MessagesTo(letter.Target.Email!).Count);
    }

    private void AdvanceToNextMonday(TimeZoneInfo zone, TimeOnly time)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(app.Clock.UtcNow, zone);
        var days = ((int)DayOfWeek.Monday - (int)local.DayOfWeek + 7) % 7;
        var target = DateOnly.FromDateTime(local).AddDays(days == 0 ? 7 : days).ToDateTime(time);
        app.Clock.Advance(TimeZoneInfo.ConvertTimeToUtc(target, zone) - app.Clock.UtcNow);
    }
}
