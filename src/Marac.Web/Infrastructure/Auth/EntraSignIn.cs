using Marac.Data.Entities;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Marac.Web.Infrastructure.Auth;

/// <summary>
/// Decides what an Entra ID sign-in may do: only tenants on the allow-list (the partnership's own,
/// whose guests include partner staff, and each agency's recorded tenant) get in; roles from the
/// <c>roles</c> claim are trusted only from the partnership's own tenant, where its administrators
/// assign them; everyone else's roles are set by a Marac administrator.
/// </summary>
public static class EntraSignIn
{
    public static async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        var principal = context.Principal;
        var services = context.HttpContext.RequestServices;
        var configuration = services.GetRequiredService<IConfiguration>();
        var directory = services.GetRequiredService<StaffDirectory>();
        Guid? homeTenant = Guid.TryParse(configuration["AzureAd:TenantId"], out var home) ? home : null;

        Guid? claimedTenant = Guid.TryParse(principal?.FindFirst(MaracClaims.TenantId)?.Value, out var parsed) ? parsed : null;
        if (principal is null
            || claimedTenant is not { } tenantId
            || !Guid.TryParse(principal.FindFirst(MaracClaims.ObjectId)?.Value, out var objectId)
            || !await directory.IsAllowedTenantAsync(tenantId, homeTenant))
        {
            await directory.RecordRefusedSignInAsync(claimedTenant);
            context.HandleResponse();
            context.Response.Redirect("/access-denied?reason=organisation");
            return;
        }

        var identity = new SignInIdentity(tenantId, objectId,
            principal.FindFirst(MaracClaims.Name)?.Value ?? "Unknown user",
            principal.FindFirst("preferred_username")?.Value ?? principal.FindFirst("email")?.Value ?? "");
        AppRoles? homeRoles = tenantId == homeTenant
            ? MaracRoles.Parse(principal.FindAll(MaracClaims.Role).Select(c => c.Value))
            : null;
        await directory.RecordSignInAsync(identity, homeRoles);
    }
}
