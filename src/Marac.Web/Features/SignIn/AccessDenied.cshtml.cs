using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.SignIn;

[AllowAnonymous]
public sealed class AccessDeniedModel : PageModel
{
    [FromQuery(Name = "reason")]
    public string? Reason { get; set; }

    public bool AccessEnded { get; private set; }

    public IActionResult OnGet()
    {
        var status = User.FindFirst(MaracClaims.AccessStatus)?.Value;
        if (status == "waitingforaccess")
        {
            return RedirectToPage("/SignIn/WaitingForAccess");
        }
        AccessEnded = status == "left";
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
