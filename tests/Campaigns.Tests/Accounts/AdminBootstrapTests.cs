using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Accounts;

public class AdminBootstrapTests
{
    [Fact]
    public async Task Addresses_listed_in_AdminEmails_become_admins_once_confirmed()
    {
        var adminEmail = Emails.Unique("admin");
        var otherEmail = Emails.Unique("other");
        await using var app = CampaignsAppFactory.Create(new AppOptions
        {
            Settings = new Dictionary<string, string> { ["Campaigns:AdminEmails:0"] = adminEmail.ToUpperInvariant() },
        });

        await app.RegisterAndConfirmAsync(adminEmail);
        await app.RegisterAndConfirmAsync(otherEmail);

        Assert.Equal(["Admin", "Organizer"], await RolesAsync(app, adminEmail));
        Assert.Equal(["Organizer"], await RolesAsync(app, otherEmail));
    }

    private static async Task<IEnumerable<string?>> RolesAsync(CampaignsAppFactory app, string email)
    {
        var client = app.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/account/token", new { email, password = AccountSteps.Password }))
            .Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        var me = await client.GetFromJsonAsync<JsonElement>("/api/account/me");
        return me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToList();
    }
}
