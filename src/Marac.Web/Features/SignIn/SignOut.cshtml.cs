using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.SignIn;

[Authorize(Policy = Policies.SignedIn)]
public sealed class SignOutModel(MaracDbContext db, StaffDirectory directory, IConfiguration configuration, IHostEnvironment environment) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        db.RecordAudit(AuditAction.SignOut, nameof(StaffUser), User.StaffUserId()?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync();
        if (User.StaffUserId() is { } staffUserId)
        {
            await directory.RevokeSessionsAsync(staffUserId);
        }
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (!AuthenticationSetup.UsesDevelopmentSignIn(configuration, environment))
        {
            return SignOut(new AuthenticationProperties { RedirectUri = "/signed-out" }, OpenIdConnectDefaults.AuthenticationScheme);
        }
        return RedirectToPage("/SignIn/SignedOut");
    }
}
