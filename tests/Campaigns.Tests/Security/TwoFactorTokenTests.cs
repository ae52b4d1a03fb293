using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Security;

public class TwoFactorTokenTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task The_token_API_asks_an_account_with_two_step_verification_for_its_code()
    {
        var (organizer, _, enrolment) = await app.EnrolledOrganizerAsync();

        var withoutCode = await RequestTokenAsync(new { email = organizer.Email, password = organizer.Password });
        var wrongCode = await RequestTokenAsync(new { email = organizer.Email, password = organizer.Password, twoFactorCode = Totp.WrongCode(enrolment.Key) });
        var rightCode = await RequestTokenAsync(new { email = organizer.Email, password = organizer.Password, twoFactorCode = Totp.Code(enrolment.Key) });

        Assert.Contains("twoFactorCode", Detail(await Problems.AssertProblemAsync(withoutCode, HttpStatusCode.Unauthorized)));
        Assert.Contains("code is not right", Detail(await Problems.AssertProblemAsync(wrongCode, HttpStatusCode.Unauthorized)));
        Assert.Equal(HttpStatusCode.OK, rightCode.StatusCode);
        Assert.False(string.IsNullOrEmpty((await rightCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task The_token_API_takes_a_recovery_code_once()
    {
        var (organizer, _, enrolment) = await app.EnrolledOrganizerAsync();
        var request = new { email = organizer.Email, password = organizer.Password, recoveryCode = enrolment.RecoveryCodes[^1] };

        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync(request)).StatusCode);
        await Problems.AssertProblemAsync(await RequestTokenAsync(request), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_account_without_two_step_verification_still_gets_a_token_with_its_password()
    {
        var organizer = await app.Seed.OrganizerAsync();

        var response = await RequestTokenAsync(new { email = organizer.Email, password = organizer.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<HttpResponseMessage> RequestTokenAsync(object body) => app.CreateClient().PostAsJsonAsync("/api/account/token", body);

    private static string Detail(JsonElement problem) => problem.GetProperty("detail").GetString()!;
}
