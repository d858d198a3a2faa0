using System.Security.Claims;
using Marac.Web.Infrastructure.Auth;

namespace Marac.Web.Features.Shared;

/// <summary>One link in the service navigation; <paramref name="Count"/> (such as unread notifications) is shown beside it.</summary>
public sealed record NavigationItem(string Text, string Href, int? Count = null)
{
    /// <summary>"page" on the item's own page, "true" anywhere under it, null elsewhere (for aria-current).</summary>
    public string? AriaCurrent(PathString path) =>
        path.Equals(Href, StringComparison.OrdinalIgnoreCase) ? "page"
        : path.StartsWithSegments(Href, StringComparison.OrdinalIgnoreCase) ? "true"
        : null;
}

/// <summary>The service navigation a signed-in user sees; roles add up.</summary>
public static class ServiceNavigation
{
    /// <param name="unreadNotifications">Null for someone with no notifications page (not active staff).</param>
    public static IReadOnlyList<NavigationItem> For(ClaimsPrincipal user, int? unreadNotifications = null)
    {
        bool InAny(params string[] roles) => roles.Any(user.IsInRole);

        // Only features that exist are linked: meetings, agency cases and statistics arrive with their issues.
        var items = new List<NavigationItem>();
        if (InAny(MaracRoles.Coordinator))
        {
            items.Add(new("Referrals", "/referrals"));
        }
        else if (InAny(MaracRoles.Referrer, MaracRoles.AgencyRepresentative))
        {
            items.Add(new("My referrals", "/referrals"));
        }
        if (InAny(MaracRoles.Coordinator))
        {
            items.Add(new("Meetings", "/meetings"));
        }
        if (InAny(MaracRoles.AgencyRepresentative))
        {
            items.Add(new("Agendas", "/agendas"));
        }
        if (InAny(MaracRoles.Coordinator, MaracRoles.Chair, MaracRoles.AgencyRepresentative))
        {
            items.Add(new("Minutes", "/minutes"));
        }
        if (InAny(MaracRoles.AgencyRepresentative))
        {
            items.Add(new("Actions", "/actions"));
        }
        else if (InAny(MaracRoles.Coordinator))
        {
            items.Add(new("Actions", "/actions/overview"));
        }
        if (InAny(MaracRoles.PartnershipLead, MaracRoles.Coordinator))
        {
            items.Add(new("Statistics", "/statistics"));
        }
        if (InAny(MaracRoles.Coordinator))
        {
            items.Add(new("Subject access", "/governance/subject-access"));
        }
        if (InAny(MaracRoles.Administrator))
        {
            items.Add(new("Administration", "/admin"));
        }
        if (unreadNotifications is { } unread)
        {
            items.Add(new("Notifications", "/notifications", unread));
        }
        return items;
    }
}
