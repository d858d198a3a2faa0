using System.Globalization;
using System.Security.Claims;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Agendas;

public sealed record PersonIdentifiers(string Name, DateOnly? DateOfBirth);

/// <summary>A case as an invited agency sees it before the meeting: identifiers only, to search its records.</summary>
public sealed record AgendaCaseView(int ReferralId, string Reference, AgendaSection Section, PersonIdentifiers Victim,
    IReadOnlyList<PersonIdentifiers> Perpetrators, IReadOnlyList<PersonIdentifiers> Children);

public sealed record AgencyAgendaView(Meeting Meeting, IReadOnlyList<AgendaCaseView> Cases);

/// <summary>
/// Reads a published agenda for an agency representative. Until access grants arrive, an invited agency
/// sees identifiers only (reference; victim's, perpetrators' and children's names and dates of birth), and an
/// agency that serves only children sees only the cases with children. Each case shown is audited in the
/// same transaction as the read; a refused attempt is audited too.
/// </summary>
public sealed class AgencyAgendaReader(MaracDbContext db)
{
    private static readonly string Shown = string.Join(',', DataCategory.Identity, DataCategory.Children, DataCategory.CaseManagement);

    public async Task<AgencyAgendaView?> ReadAsync(int meetingId, ClaimsPrincipal viewer)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var agency = viewer.IsInRole(MaracRoles.AgencyRepresentative) && viewer.AgencyId() is { } agencyId
            ? await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId)
            : null;
        var meeting = agency is null ? null : await db.Meetings.AsNoTracking()
            .Where(m => m.Id == meetingId && m.FirstPublishedAt != null && (m.Status == MeetingStatus.Published || m.Status == MeetingStatus.InProgress))
            .Where(m => m.InvitedAgencies.Any(a => a.AgencyId == agency.Id))
            .FirstOrDefaultAsync();
        var key = meetingId.ToString(CultureInfo.InvariantCulture);
        if (meeting is null)
        {
            db.RecordAudit(AuditAction.Refused, nameof(Meeting), key, outcome: "agenda not published to this agency");
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return null;
        }
        var cases = await CasesAsync(meetingId, agency!.ServesOnlyChildren);
        foreach (var shown in cases)
        {
            db.RecordAudit(AuditAction.View, nameof(Referral), shown.ReferralId.ToString(CultureInfo.InvariantCulture), shown.ReferralId,
                detail: Shown, outcome: $"agenda of meeting {key}");
        }
        db.RecordAudit(AuditAction.View, nameof(Meeting), key, detail: "agenda");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new AgencyAgendaView(meeting, cases);
    }

    private async Task<List<AgendaCaseView>> CasesAsync(int meetingId, bool childrenOnly)
    {
        var items = db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meetingId && i.Status == AgendaItemStatus.Listed);
        if (childrenOnly)
        {
            items = items.Where(i => i.Referral.Children.Any() || i.Referral.ImportedChildrenCount > 0);
        }
        var rows = await items.OrderBy(i => i.Section).ThenBy(i => i.Order)
            .Select(i => new
            {
                i.ReferralId, i.Referral.Reference, i.Section,
                Victim = new PersonIdentifiers(i.Referral.Victim.GivenName + " " + i.Referral.Victim.FamilyName, i.Referral.Victim.DateOfBirth),
                Perpetrators = i.Referral.Perpetrators.Select(p => new PersonIdentifiers(p.Person.GivenName + " " + p.Person.FamilyName, p.Person.DateOfBirth)).ToList(),
                Children = i.Referral.Children.Select(c => new PersonIdentifiers(c.Person.GivenName + " " + c.Person.FamilyName, c.Person.DateOfBirth)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync();
        return rows.Select(r => new AgendaCaseView(r.ReferralId, r.Reference, r.Section, r.Victim, r.Perpetrators, r.Children)).ToList();
    }
}
