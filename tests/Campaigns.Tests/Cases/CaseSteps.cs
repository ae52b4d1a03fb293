using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Organizer;

namespace Campaigns.Tests.Cases;

public static class CaseSteps
{
    public static Dictionary<string, object?> NewCase(string? name = null, string? nativeName = "王炳章") => new()
    {
        ["name"] = name ?? $"Wang Bingzhang {Guid.NewGuid():N}"[..24],
        ["nativeName"] = nativeName,
        ["honorific"] = "Dr.",
        ["country"] = "CN",
        ["status"] = "Detained",
        ["statusChangedOn"] = "2002-06-27",
        ["detainedSince"] = "2002-06-27",
        ["charges"] = "Espionage; terrorism",
        ["sentence"] = "Life imprisonment",
        ["placeOfDetention"] = "Shaoguan Prison",
        ["biography"] = "A **pro-democracy** activist.",
    };

    public static async Task<JsonElement> CreateCaseAsync(this HttpClient client, Dictionary<string, object?>? request = null) =>
        await (await client.PostAsJsonAsync("/api/organizer/cases", request ?? NewCase())).JsonAsync(HttpStatusCode.Created);

    public static string Slug(this JsonElement c) => c.GetProperty("slug").GetString()!;

    public static Dictionary<string, object?> With(this Dictionary<string, object?> request, string field, object? value)
    {
        request[field] = value;
        return request;
    }

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Cases", "Fixtures", name);
}
