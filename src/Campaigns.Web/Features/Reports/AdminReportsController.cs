using Campaigns.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Reports;

[Authorize(Policy = IdentitySetup.AdminPolicy)]
[Route("admin/reports")]
public class AdminReportsController(AdminReports reports) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View("/Features/Reports/Views/Admin.cshtml", await reports.OpenAsync(ct));

    [HttpPost("{id:guid}/handled")]
    public async Task<IActionResult> Handled(Guid id, CancellationToken ct) =>
        await reports.HandleAsync(id, hideComment: false, ct) ? RedirectToAction(nameof(Index)) : NotFound();

    [HttpPost("{id:guid}/hide-comment")]
    public async Task<IActionResult> HideComment(Guid id, CancellationToken ct) =>
        await reports.HandleAsync(id, hideComment: true, ct) ? RedirectToAction(nameof(Index)) : NotFound();
}
