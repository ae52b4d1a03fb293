using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Campaigns.Tests.Organizer;

namespace Campaigns.Tests.Targets;

/// <summary>What an organizer does with the directory through <c>/api/organizer/targets</c>.</summary>
public static class TargetSteps
{
    public const string Targets = "/api/organizer/targets";

    /// <summary>A valid target; tests change the fields they are about.</summary>
    public static Dictionary<string, object?> Ambassador(string? name = null) => new()
    {
        ["name"] = name ?? $"Ambassador {Guid.NewGuid():N}"[..24],
        ["title"] = "Chinese Ambassador to the UK",
        ["organisation"] = "Government of the People's Republic of China",
        ["country"] = "GB",
        ["email"] = "embassy@example.org",
        ["postalAddress"] = "49-51 Portland Place\nLondon W1B 1JL\nUnited Kingdom",
        ["salutation"] = "Dear Ambassador / 尊敬的大使",
        ["language"] = "zh-CN",
        ["timeZone"] = "Europe/London",
        ["channel"] = "email",
        ["mode"] = "individual",
        ["hourlyCap"] = 20,
        ["officeHoursStart"] = "09:00",
        ["officeHoursEnd"] = "17:30",
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> target, string field, object? value)
    {
        var changed = new Dictionary<string, object?>(target) { [field] = value };
        return changed;
    }

    public static async Task<JsonElement> CreateTargetAsync(this HttpClient client, object target) =>
        await (await client.PostAsJsonAsync(Targets, target)).JsonAsync(HttpStatusCode.Created);

    public static async Task<Guid> CreatedTargetIdAsync(this HttpClient client, object target) =>
        (await client.CreateTargetAsync(target)).GetProperty("id").GetGuid();

    public static Task<HttpResponseMessage> ImportCsvAsync(this HttpClient client, string csv, bool byteOrderMark = false)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        var content = new ByteArrayContent(byteOrderMark ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes);
        content.Headers.ContentType = new("text/csv") { CharSet = "utf-8" };
        return client.PostAsync($"{Targets}/import", content);
    }

    public static string Csv(params string[] rows) => string.Join("\r\n", rows) + "\r\n";
}
