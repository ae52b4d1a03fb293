using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Outbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Telemetry;

/// <summary>Whatever the logs are kept for, they are not a list of who signed what.</summary>
public class LogPrivacyTests
{
    [Fact]
    public async Task Signing_confirming_and_sending_or_failing_mail_log_no_signers_address_or_name()
    {
        var logs = new RecordedLogs();
        await using var relay = new ScriptedRelay(smtpUtf8: false, unknownPrefix: "nobody-");
        await using var factory = relay.App(("Mail:AllowInternationalLocalParts", "true"));
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(logs.AddTo));
        var petition = await factory.Seed.PetitionAsync();
        var delivered = new SignatureRequest(Emails.Unique("delivered"), Name: "Wilhelmina Quartermaine");
        var unknown = new SignatureRequest(Emails.Unique("nobody"), Name: "Bartholomew Okonkwo-Lindqvist");
        var unsendable = new SignatureRequest($"明{Guid.NewGuid():N}"[..9] + "@example.org", Name: "欧阳静雯");
        var client = app.CreateClient();

        foreach (var signer in new[] { delivered, delivered, unknown, unsendable })
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.SignAsync(petition.Slug, signer)).StatusCode);
        }
        await app.Services.GetRequiredService<OutboxProcessor>().DrainAsync(CancellationToken.None);
        var confirmation = new ReceivedEmail("", relay.Messages.First(m => m.To.Mailboxes.Single().Address == delivered.Email));
        Assert.Equal(HttpStatusCode.OK, (await client.ConfirmAsync(confirmation.ConfirmationToken)).StatusCode);

        Assert.Contains(relay.Commands, c => c.Contains(unknown.Email, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(logs.Entries, e => e.Contains("permanent: True", StringComparison.Ordinal));
        var personal = new[] { delivered, unknown, unsendable }.SelectMany(s => new[] { s.Email, s.Name! }).ToList();
        Assert.DoesNotContain(logs.Entries, e => personal.Any(p => e.Contains(p, StringComparison.OrdinalIgnoreCase)));
    }
}
