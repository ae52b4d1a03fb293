using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Accounts;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Fraud;

public class SourceAnalysisTests(FraudAppFactory app) : IClassFixture<FraudAppFactory>
{
    [Fact]
    public async Task A_burst_from_one_ip_hash_and_one_domain_stands_out_and_ordinary_sources_do_not()
    {
        var petition = await app.Seed.PetitionAsync();
        var burstDomain = FraudSteps.UniqueDomain("burst");
        var addresses = new List<string> { FraudSteps.AddressAt(FraudSteps.UniqueDomain("home")), FraudSteps.AddressAt(FraudSteps.UniqueDomain("work")) };
        await app.SignFromAsync(petition.Slug, "198.51.100.1", addresses[0]);
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        await app.SignFromAsync(petition.Slug, "198.51.100.2", addresses[1]);
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        for (var i = 0; i < 6; i++)
        {
            addresses.Add(FraudSteps.AddressAt(burstDomain));
            await app.SignFromAsync(petition.Slug, "203.0.113.66", addresses[^1]);
        }
        var (_, api) = await app.AdminApiAsync();

        var report = await api.GetFromJsonAsync<JsonElement>($"/api/admin/campaigns/{petition.Slug}/sources");

        Assert.Equal(8, report.GetProperty("signatures").GetInt32());
        var ips = report.GetProperty("ipHashes").EnumerateArray().ToList();
        Assert.Equal(6, ips[0].GetProperty("signatures").GetInt32());
        Assert.True(ips[0].GetProperty("standsOut").GetBoolean());
        Assert.All(ips.Skip(1), ip => Assert.False(ip.GetProperty("standsOut").GetBoolean()));
        var domains = report.GetProperty("emailDomains").EnumerateArray().ToList();
        Assert.Equal(burstDomain, domains[0].GetProperty("key").GetString());
        Assert.True(domains[0].GetProperty("standsOut").GetBoolean());
        Assert.All(domains.Skip(1), d => Assert.False(d.GetProperty("standsOut").GetBoolean()));
        var minutes = report.GetProperty("busiestMinutes").EnumerateArray().ToList();
        Assert.Equal(6, minutes[0].GetProperty("signatures").GetInt32());
        Assert.True(minutes[0].GetProperty("standsOut").GetBoolean());
        Assert.All(addresses, a => Assert.DoesNotContain(a, report.ToString()));
    }

    [Fact]
    public async Task The_admin_page_marks_the_sources_that_stand_out_without_showing_addresses()
    {
        var petition = await app.Seed.PetitionAsync();
        var burstDomain = FraudSteps.UniqueDomain("flood");
        var address = FraudSteps.AddressAt(burstDomain);
        await app.SignFromAsync(petition.Slug, "203.0.113.70", address);
        for (var i = 0; i < 4; i++)
        {
            await app.SignFromAsync(petition.Slug, "203.0.113.71", FraudSteps.AddressAt(burstDomain));
        }
        var browser = await app.SignedInBrowserAsync(Roles.Admin);

        var page = await browser.GetPageAsync($"/admin/campaigns/{petition.Slug}/sources");

        var flagged = page.QuerySelectorAll("#by-domain + table tr.stands-out").Select(r => r.TextContent).ToList();
        Assert.Contains(flagged, row => row.Contains(burstDomain));
        Assert.DoesNotContain(address, page.Body!.InnerHtml);
    }
}
