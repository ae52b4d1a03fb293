using Campaigns.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quartz;

namespace Campaigns.Web.Features.Admin;

[Authorize(Policy = IdentitySetup.AdminPolicy)]
[Route("admin")]
public class AdminController(OutboxAdmin outbox, ISchedulerFactory schedulers) : Controller
{
    [HttpGet("outbox")]
    public async Task<IActionResult> Outbox(CancellationToken ct) =>
        View(new AdminOutboxPage(await outbox.OverviewAsync(ct), await JobsAsync(ct)));

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

    [HttpPost("jobs/{name}/run")]
    public async Task<IActionResult> RunJob(string name, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        if (await scheduler.Exists(new JobKey(name), ct))
        {
            await scheduler.TriggerJob(new JobKey(name), ct);
        }
        return RedirectToAction(nameof(Outbox));
    }

    private async Task<IReadOnlyList<JobStatus>> JobsAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var jobs = new List<JobStatus>();
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup(), ct))
        {
            var trigger = await scheduler.GetTrigger(key, ct);
            var state = await scheduler.GetTriggerState(key, ct);
            jobs.Add(new JobStatus(trigger!.JobKey.Name, state.ToString(), trigger.NextFireTimeUtc, trigger.PreviousFireTimeUtc));
        }
        return jobs.OrderBy(j => j.Name).ToList();
    }
}

public sealed record JobStatus(string Name, string State, DateTimeOffset? NextFire, DateTimeOffset? PreviousFire);

public sealed record AdminOutboxPage(OutboxOverview Outbox, IReadOnlyList<JobStatus> Jobs);
