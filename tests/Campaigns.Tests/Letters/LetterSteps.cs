using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Letters;

/// <summary>An organizer setting up letters through <c>/api/organizer</c>, and the officials' addresses a target directory would hold.</summary>
public static class LetterSteps
{
    public const string AppealBody = "{salutation},\n\nWe ask you to release Dr. Wang Bingzhang.\n\n{editable}\n\nYours sincerely,\n\n{supporter_name}\n{supporter_city}";
    public const string DefaultParagraph = "He has spent twenty years alone in a cell.";

    public static Dictionary<string, object?> NewLetter(string kind, string body, bool withTargets = true)
    {
        var request = OrganizerSteps.NewPetition();
        request["kind"] = kind;
        request["body"] = body;
        if (!withTargets)
        {
            request.Remove("targets");
        }
        return request;
    }

    /// <summary>A published letter of <paramref name="kind"/> with the given settings, whose first target has a salutation and postal address.</summary>
    public static async Task<string> PublishedLetterAsync(
        this CampaignsAppFactory app, HttpClient organizer, string kind, string body, object settings, bool withTargets = true)
    {
        var slug = await organizer.CreatedSlugAsync(NewLetter(kind, body, withTargets));
        var saved = await organizer.PutAsJsonAsync($"/api/organizer/campaigns/{slug}/letter", settings);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        await app.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.Include(c => c.Targets).ThenInclude(t => t.Target).SingleAsync(c => c.Slug == slug);
            var targets = campaign.Targets.Select(t => t.Target!);
            foreach (var target in targets)
            {
                target.Salutation = $"Dear {target.Title} {target.Name}";
                target.PostalAddress = $"{target.Name}'s office\n1 Chang'an Avenue\nBeijing 100000\nChina";
            }
            await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.OK, (await organizer.PublishAsync(slug)).StatusCode);
        return slug;
    }

    public static async Task<JsonElement> CreatedAsync(this Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<JsonElement> AddGroupAsync(this HttpClient organizer, string slug, object group) =>
        organizer.PostAsJsonAsync($"/api/organizer/campaigns/{slug}/signatory-groups", group).CreatedAsync();

    public static Task<JsonElement> AddSignatoryAsync(this HttpClient organizer, string slug, string groupId, object signatory) =>
        organizer.PostAsJsonAsync($"/api/organizer/campaigns/{slug}/signatory-groups/{groupId}/signatories", signatory).CreatedAsync();
}
