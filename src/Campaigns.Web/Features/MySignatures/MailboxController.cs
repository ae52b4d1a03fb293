using System.Text.Json;
using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Campaigns.Web.Features.MySignatures;

public sealed record MailboxPage(string Token, MailboxRecords Records, string? Done);

/// <summary>
/// The page an emailed link opens. Opening it only reads (mail scanners open links); every change is a button, and
/// erasing everything asks once more.
/// </summary>
[Route("my-signatures/{token}")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public class MailboxController(MailboxTokens tokens, MailboxQuery query, MailboxActions actions) : Controller
{
    private const string Views = "/Features/MySignatures/Views/";

    [HttpGet("")]
    public Task<IActionResult> Show(string token, string? done, CancellationToken ct) =>
        WithMailboxAsync(token, async email => View(Views + "Mailbox.cshtml", new MailboxPage(token, await query.ForAsync(email, ct), done)));

    [HttpGet("data")]
    public Task<IActionResult> Data(string token, CancellationToken ct) =>
        WithMailboxAsync(token, async email => View(Views + "Data.cshtml", new MailboxPage(token, await query.ForAsync(email, ct), null)));

    [HttpGet("data.json")]
    public Task<IActionResult> Download(string token, CancellationToken ct) =>
        WithMailboxAsync(token, async email => File(
            JsonSerializer.SerializeToUtf8Bytes(await query.ForAsync(email, ct), MailboxExport.Json),
            "application/json", "my-signatures.json"));

    [HttpPost("signatures/{signatureId:guid}/withdraw")]
    [EnableRateLimiting(RateLimits.Confirming)]
    public Task<IActionResult> Withdraw(string token, Guid signatureId, CancellationToken ct) =>
        WithMailboxAsync(token, async email => await actions.WithdrawAsync(email, signatureId, ct)
            ? Back(token, "withdrawn")
            : NotFound());

    [HttpPost("signatures/{signatureId:guid}/name")]
    [EnableRateLimiting(RateLimits.Confirming)]
    public Task<IActionResult> ShowName(string token, Guid signatureId, [FromForm] string? nameDisplay, CancellationToken ct) =>
        WithMailboxAsync(token, async email => NameChoices.Parse(nameDisplay) is not { } display ? BadRequest()
            : await actions.ShowNameAsync(email, signatureId, display, ct) ? Back(token, "name")
            : NotFound());

    [HttpGet("erase")]
    public Task<IActionResult> Erase(string token) =>
        WithMailboxAsync(token, _ => Task.FromResult<IActionResult>(View(Views + "Erase.cshtml", token)));

    [HttpPost("erase")]
    [EnableRateLimiting(RateLimits.Confirming)]
    public Task<IActionResult> EraseConfirmed(string token, CancellationToken ct) =>
        WithMailboxAsync(token, async email =>
        {
            await actions.EraseAsync(email, ct);
            return View(Views + "Erased.cshtml");
        });

    private RedirectResult Back(string token, string done) => Redirect($"/my-signatures/{token}?done={done}");

    private async Task<IActionResult> WithMailboxAsync(string token, Func<string, Task<IActionResult>> action)
    {
        if (tokens.Read(token) is { } email)
        {
            return await action(email);
        }
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View(Views + "LinkNotValid.cshtml");
    }
}
