using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Governance.SubjectAccess;

/// <summary>What the meetings recorded about a case: agenda items, research returns and actions.</summary>
public sealed class CaseHistory(MaracDbContext db)
{
    public async Task<IEnumerable<HeldField>> ReadAsync(int referralId, CancellationToken ct)
    {
        var items = await db.AgendaItems.AsNoTracking().Include(i => i.Meeting)
            .Where(i => i.ReferralId == referralId).OrderBy(i => i.Meeting.StartsAt).ToListAsync(ct);
        var returns = await db.ResearchReturns.AsNoTracking().Where(r => r.ReferralId == referralId).OrderBy(r => r.RecordedAt).ToListAsync(ct);
        var actions = await db.MeetingActions.AsNoTracking().Include(a => a.OwnerAgency)
            .Where(a => a.ReferralId == referralId).OrderBy(a => a.RecordedAt).ToListAsync(ct);
        var agencyIds = returns.Select(r => r.AgencyId).ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);

        var fields = new List<HeldField>();
        foreach (var item in items)
        {
            fields.AddRange(FieldReader.Read(item, $"Meeting of {FieldReader.Show(item.Meeting.Date)}", (_, c) => CaseRecords.Restricted(c)));
        }
        foreach (var research in returns)
        {
            fields.AddRange(Research(research, agencies.GetValueOrDefault(research.AgencyId) ?? "an agency"));
        }
        foreach (var action in actions)
        {
            var section = $"Action for {action.OwnerAgency.Name}";
            fields.AddRange(FieldReader.Read(action, section, (_, c) => CaseRecords.Restricted(c)));
        }
        return fields;
    }

    private static IEnumerable<HeldField> Research(ResearchReturn research, string agency)
    {
        var section = $"Research by {agency}";
        foreach (var field in FieldReader.Read(research, section, (_, c) => CaseRecords.Restricted(c) ?? ReviewReasons.OtherAgency))
        {
            // Coordinators never see an agency's private note: say it exists, not what it says.
            yield return field.Category == DataCategory.OwnAgencyOnly
                ? field with { Value = "Held by the agency, not shown here", Review = ReviewReasons.PrivateNote }
                : field;
        }
    }
}
