using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Errors;

/// <summary>
/// The page a browser sees instead of an empty error response. Requests of every method are re-executed here,
/// and a form that failed antiforgery checks must still get a page, so neither verb nor token is checked.
/// </summary>
[IgnoreAntiforgeryToken]
public class ErrorsController : Controller
{
    [Route("error/{code:int:range(400,599)}")]
    public IActionResult Show(int code)
    {
        Response.StatusCode = code;
        return code == StatusCodes.Status403Forbidden ? View("/Features/Account/Views/Denied.cshtml") : View(code);
    }
}
