using Campaigns.Web.Email;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Dev;

/// <summary>In development, mail is written to a folder instead of sent; this page lists it so links can be followed.</summary>
[Route("dev/maildrop")]
public class MaildropController(IWebHostEnvironment environment, IOptions<MailOptions> options) : Controller
{
    private const int Shown = 100;

    [HttpGet("")]
    public IActionResult Index()
    {
        if (Folder() is not { } folder)
        {
            return NotFound();
        }
        var messages = new DirectoryInfo(folder).EnumerateFiles("*.eml")
            .OrderByDescending(f => f.LastWriteTimeUtc).Take(Shown)
            .Select(f => MaildropMessage.Read(f.FullName)).ToList();
        return View("/Features/Dev/Views/Index.cshtml", messages);
    }

    [HttpGet("{name}")]
    public IActionResult Show(string name)
    {
        if (Folder() is not { } folder || Path.GetFileName(name) != name || !name.EndsWith(".eml"))
        {
            return NotFound();
        }
        var path = Path.Combine(folder, name);
        return System.IO.File.Exists(path) ? View("/Features/Dev/Views/Show.cshtml", MaildropMessage.Read(path)) : NotFound();
    }

    private string? Folder()
    {
        if (!environment.IsDevelopment() || options.Value.PickupDirectory is not { } folder)
        {
            return null;
        }
        Directory.CreateDirectory(folder);
        return folder;
    }
}
