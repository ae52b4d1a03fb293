using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Undeliverable;
using Campaigns.Web.Jobs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Admin;

[Authorize(Policy = IdentitySetup.AdminPolicy)]
[Route("admin")]
public class AdminController(OutboxAdmin outbox, RecurringJobs recurring, UndeliverableAddresses undeliverable) : Controller
{
    [HttpGet("outbox")]
    public async Task<IActionResult> Outbox(CancellationToken ct) =>
        View(new AdminOutboxPage(await outbox.OverviewAsync(ct), recurring.Statuses(),
            await undeliverable.CountAsync(ct), await undeliverable.LatestAsync(UndeliverableShown, ct)));

    private const int UndeliverableShown = 100;

    [HttpPost("undeliverable/clear")]
    public async Task<IActionResult> ClearUndeliverable([FromForm] string address, CancellationToken ct)
    {
        await undeliverable.ClearAsync(address ?? "", ct);
        return RedirectToAction(nameof(Outbox));
    }

    [HttpPost("outbox/{id:long}/retry")]
    public async Task<IActionResult> Retry(long id, CancellationToken ct)
    {
        await outbox.RetryAsync(id, ct);
        return RedirectToAction(nameof(Outbox));
    }

    [HttpPost("outbox/retry-dead")]
    public async Task<IActionResult> RetryDead(CancellationToken ct)
    {
        await outbox.RetryAllDeadAsync(ct);
        return RedirectToAction(nameof(Outbox));
    }

    [HttpPost("recurring/{name}/run")]
    public IActionResult RunJob(string name)
    {
        recurring.Trigger(name);
        return RedirectToAction(nameof(Outbox));
    }
}

public sealed record AdminOutboxPage(
    OutboxOverview Outbox, IReadOnlyList<RecurringJobStatus> Jobs, int UndeliverableCount, IReadOnlyList<Domain.UndeliverableAddress> Undeliverable);
