using System.Security.Claims;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.SignIn;

/// <summary>
/// Development only: sign in as one of the demo partnership's staff. Not reachable when Entra ID is
/// configured, and the app refuses to start outside Development without Entra ID.
/// </summary>
[AllowAnonymous]
public sealed class DevSignInModel(MaracDbContext db, StaffDirectory directory, IConfiguration configuration, IHostEnvironment environment) : PageModel
{
    public IReadOnlyList<DemoUserOption> Users { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public int? UserId { get; set; }

    public sealed record DemoUserOption(int Id, string Name, string Agency, string Roles, string Status);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!IsAvailable())
        {
            return NotFound();
        }
        await LoadUsersAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!IsAvailable())
        {
            return NotFound();
        }
        var user = UserId is null ? null : await db.StaffUsers.AsNoTracking().FirstOrDefaultAsync(u => u.Id == UserId);
        if (user is null)
        {
            ModelState.AddModelError(nameof(UserId), "Select who you want to sign in as");
            await LoadUsersAsync();
            return Page();
        }
        await directory.RecordSignInAsync(new SignInIdentity(user.TenantId, user.ObjectId, user.DisplayName, user.Email), homeTenantRoles: null);
        var identity = new ClaimsIdentity(
            [
                new Claim(MaracClaims.TenantId, user.TenantId.ToString()),
                new Claim(MaracClaims.ObjectId, user.ObjectId.ToString()),
                new Claim(MaracClaims.Name, user.DisplayName),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme, MaracClaims.Name, MaracClaims.Role);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    private bool IsAvailable() => AuthenticationSetup.UsesDevelopmentSignIn(configuration, environment);

    private async Task LoadUsersAsync()
    {
        var users = await db.StaffUsers.AsNoTracking()
            .Where(u => u.Status != StaffUserStatus.Left)
            .OrderBy(u => u.Status).ThenBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, Agency = u.Agency == null ? "No agency yet" : u.Agency.Name, u.Roles, u.Status })
            .ToListAsync();
        Users = users.Select(u => new DemoUserOption(u.Id, u.DisplayName, u.Agency,
            u.Roles == AppRoles.None ? "No roles" : string.Join(", ", MaracRoles.NamesOf(u.Roles).Select(RoleNames.Describe)),
            u.Status == StaffUserStatus.Active ? "" : "waiting for access")).ToList();
    }
}
