using System.Net.Http.Json;
using Campaigns.Tests.Deliveries;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Translations;

/// <summary>Officials receive a campaign's letter in the language they read, when it has been translated into it.</summary>
public class TranslatedLetterTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const string ChineseLetter = "{date}\n\n{salutation}：\n\n我们请求您释放因和平写作而被关押的作家。\n\n{editable}\n\n此致\n敬礼\n{supporter_name}，{supporter_city}";

    [Fact]
    public async Task An_official_who_reads_simplified_Chinese_receives_the_Chinese_letter_and_the_others_the_original()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, owner: organizer, targets: 2);
        await app.WithDbAsync(async db =>
        {
            await db.Targets.Where(t => t.Id == letter.Targets[0].Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Language, "zh-CN"));
            await db.Targets.Where(t => t.Id == letter.Targets[1].Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Language, "en"));
        });
        using var api = await app.Seed.ClientForAsync(organizer);
        var saved = await api.PutAsJsonAsync($"/api/organizer/campaigns/{letter.Slug}/translations/zh-Hans", new
        {
            title = "释放作家", summary = "请呼吁释放作家。", body = ChineseLetter, letterSubject = "请释放作家", editableText = "他们唯一的“罪行”就是写作。",
        });
        await saved.JsonAsync();

        var supporter = (await app.SignersAsync(letter.Slug, 1, city: "Grenoble"))[0];
        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();

        var chinese = app.Mailbox.SingleMessageTo(letter.Targets[0].Email!);
        var english = app.Mailbox.SingleMessageTo(letter.Targets[1].Email!);
        Assert.Equal("请释放作家", chinese.Subject);
        Assert.Contains("我们请求您释放因和平写作而被关押的作家。", chinese.TextBody);
        Assert.Contains("他们唯一的“罪行”就是写作。", chinese.TextBody);
        Assert.Contains("Grenoble", chinese.TextBody);
        Assert.Contains($"{app.Clock.UtcNow.Year}年{app.Clock.UtcNow.Month}月{app.Clock.UtcNow.Day}日", chinese.TextBody);
        Assert.DoesNotContain("We ask you to release", chinese.TextBody);
        Assert.Equal(letter.Campaign.LetterSubject, english.Subject);
        Assert.Contains("We ask you to release the writers detained for their peaceful work.", english.TextBody);
        Assert.DoesNotContain(supporter, chinese.TextBody);
    }

    [Fact]
    public async Task The_printed_letter_gives_each_official_the_copy_in_their_language()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.SignOnLetter, owner: organizer, targets: 2);
        await app.WithDbAsync(db => db.Targets.Where(t => t.Id == letter.Targets[1].Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Language, "zh-TW")));
        using var api = await app.Seed.ClientForAsync(organizer);
        await (await api.PutAsJsonAsync($"/api/organizer/campaigns/{letter.Slug}/translations/zh-Hant", new
        {
            title = "釋放作家", summary = "請呼籲釋放作家。", body = "{salutation}：\n\n我們請求您釋放因和平寫作而遭關押的作家。\n\n{editable}",
            editableText = "他們唯一的「罪行」就是寫作。",
        })).JsonAsync();

        var page = await app.CreateClient().GetDocumentAsync($"/campaigns/{letter.Slug}/letter");
        var bodies = page.QuerySelectorAll(".letter-body").ToList();

        Assert.Equal(2, bodies.Count);
        Assert.Equal("en", bodies[0].GetAttribute("lang"));
        Assert.Contains("We ask you to release the writers", bodies[0].TextContent);
        Assert.Equal("zh-Hant", bodies[1].GetAttribute("lang"));
        Assert.Contains("我們請求您釋放因和平寫作而遭關押的作家。", bodies[1].TextContent);
    }

    [Fact]
    public async Task A_translation_of_an_appeal_letter_must_keep_the_supporters_paragraph()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, owner: organizer);
        using var api = await app.Seed.ClientForAsync(organizer);

        var response = await api.PutAsJsonAsync($"/api/organizer/campaigns/{letter.Slug}/translations/zh-Hans", new
        {
            title = "释放作家", summary = "请呼吁释放作家。", body = "{salutation}：\n\n我们请求您释放作家。",
        });

        Assert.Contains("Keep {editable} in the text where the supporter's paragraph goes, as in the original.",
            await Problems.AssertFieldErrorAsync(response, "body"));
        await Problems.AssertFieldErrorAsync(response, "editableText");
        Assert.False(await app.WithDbAsync(db => db.CampaignTranslations.AnyAsync(t => t.CampaignId == letter.Campaign.Id)));
    }
}
