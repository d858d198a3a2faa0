using System.Globalization;
using System.Security.Claims;
using Marac.Data;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Data.Meetings;
using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using Marac.Sharing.Summaries;
using Marac.Web.Features.Sharing;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Agendas;

/// <summary>A name and date of birth, or a visible "withheld" marker in place of both.</summary>
public sealed record PersonIdentifiers(string Name, DateOnly? DateOfBirth, bool Withheld = false)
{
    public static PersonIdentifiers WithheldAs(DataCategory category) => new($"withheld: {category.Label()}", null, true);
}

/// <summary>A case as an invited agency sees it before the meeting: identifiers only, to search its records.</summary>
public sealed record AgendaCaseView(int ReferralId, string Reference, AgendaSection Section, PersonIdentifiers Victim,
    IReadOnlyList<PersonIdentifiers> Perpetrators, IReadOnlyList<PersonIdentifiers> Children)
{
    /// <summary>The case's time, from its place on the whole agenda.</summary>
    public TimeOnly Slot { get; init; }

    /// <summary>The viewer's own agency's research return, if it has made one.</summary>
    public ResearchAnswer? OwnReturn { get; init; }
}

public sealed record AgencyAgendaView(Meeting Meeting, Agency Agency, IReadOnlyList<AgendaCaseView> Cases);

/// <summary>
/// Reads a published agenda for an agency representative, under the agency's live grant for the meeting:
/// the reference and time of each case, and the victim's, perpetrators' and children's names and dates of
/// birth (which agencies need to search their records) when the grant covers Identity (and Children, for
/// children). An agency that serves only children sees only the cases with children; cases the viewer or
/// their agency must not receive are left out. Each case shown is audited with the categories shown and
/// withheld and the grant, committed before the page is shown; a refused attempt is audited too.
/// </summary>
public sealed class AgencyAgendaReader(MaracDbContext db, CaseAccessService access, TimeProvider clock)
{
    private static readonly CategorySet OnAgenda = CategorySet.Of(DataCategory.Identity, DataCategory.Children, DataCategory.CaseManagement);

    public async Task<AgencyAgendaView?> ReadAsync(int meetingId, ClaimsPrincipal viewer, string purpose = "agenda")
    {
        await using var read = await AuditedRead.BeginAsync(db);
        var agency = await db.RepresentedAgencyAsync(viewer);
        var now = clock.GetUtcNow().UtcDateTime;
        var caseViewer = await access.ViewerAsync(viewer);
        var meeting = agency is null || caseViewer is null ? null : await db.PublishedToAsync(meetingId, agency, now);
        var key = meetingId.ToString(CultureInfo.InvariantCulture);
        if (meeting is null)
        {
            db.RecordAudit(AuditAction.Refused, nameof(Meeting), key, outcome: "agenda not published to this agency");
            await read.CompleteAsync();
            return null;
        }
        var (granted, grantId) = await db.MeetingGrantAsync(meeting.Id, agency!.Id, now);
        var cases = await CasesAsync(meeting, agency!, caseViewer!, granted, now);
        var shown = OnAgenda.Intersect(granted);
        var withheld = new CategorySet(OnAgenda.Mask & ~granted.Mask);
        foreach (var item in cases)
        {
            db.RecordAudit(AuditAction.View, nameof(Referral), item.ReferralId.ToString(CultureInfo.InvariantCulture), item.ReferralId,
                detail: shown.ToString(), outcome: $"{purpose} of meeting {key}", withheld: withheld.ToString(), grantId: grantId);
        }
        db.RecordAudit(AuditAction.View, nameof(Meeting), key, detail: purpose);
        await read.CompleteAsync();
        return new AgencyAgendaView(meeting, agency!, cases);
    }

    private async Task<List<AgendaCaseView>> CasesAsync(Meeting meeting, Agency agency, CaseViewer viewer, CategorySet granted, DateTime utcNow)
    {
        var rows = await db.VisibleItems(meeting.Id, viewer, utcNow).OrderBy(i => i.Section).ThenBy(i => i.Order).ThenBy(i => i.Id)
            .Select(i => new
            {
                i.ReferralId, i.Referral.Reference, i.Section,
                Victim = new PersonIdentifiers(i.Referral.Victim.GivenName + " " + i.Referral.Victim.FamilyName, i.Referral.Victim.DateOfBirth),
                Perpetrators = i.Referral.Perpetrators.Select(p => new PersonIdentifiers(p.Person.GivenName + " " + p.Person.FamilyName, p.Person.DateOfBirth)).ToList(),
                Children = i.Referral.Children.Select(c => new PersonIdentifiers(c.Person.GivenName + " " + c.Person.FamilyName, c.Person.DateOfBirth)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync();
        var slots = await SlotsAsync(meeting);
        var returns = await db.ResearchReturns.AsNoTracking().Where(r => r.MeetingId == meeting.Id && r.AgencyId == agency.Id)
            .ToDictionaryAsync(r => r.ReferralId, r => r.Answer);
        var identity = granted.Contains(DataCategory.Identity);
        var children = identity && granted.Contains(DataCategory.Children);
        var reference = granted.Contains(DataCategory.CaseManagement);
        return rows.Select(r => new AgendaCaseView(r.ReferralId, reference ? r.Reference : SharedValue.WithheldMarker(DataCategory.CaseManagement), r.Section,
            identity ? r.Victim : PersonIdentifiers.WithheldAs(DataCategory.Identity),
            identity ? r.Perpetrators : [PersonIdentifiers.WithheldAs(DataCategory.Identity)],
            children || r.Children.Count == 0 ? r.Children : [PersonIdentifiers.WithheldAs(identity ? DataCategory.Children : DataCategory.Identity)])
        {
            Slot = slots.GetValueOrDefault(r.ReferralId),
            OwnReturn = returns.TryGetValue(r.ReferralId, out var answer) ? answer : null,
        }).ToList();
    }

    /// <summary>Every listed case's time, counted over the whole agenda so an agency sees the times everyone sees.</summary>
    private async Task<IReadOnlyDictionary<int, TimeOnly>> SlotsAsync(Meeting meeting)
    {
        var order = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meeting.Id && i.Status == AgendaItemStatus.Listed)
            .OrderBy(i => i.Section).ThenBy(i => i.Order).ThenBy(i => i.Id).Select(i => new { i.ReferralId, i.Section }).ToListAsync();
        return TimeSlots.For(order.Select(i => (i.ReferralId, i.Section)), TimeOnly.FromDateTime(meeting.StartsAt), meeting.MinutesPerCase);
    }
}
