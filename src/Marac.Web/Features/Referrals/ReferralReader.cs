using System.Globalization;
using System.Security.Claims;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Data.Referrals;
using Marac.Sharing.Categories;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Referrals;

public sealed record ReferralView(Referral Referral, bool IsRepeat, RiskInstrument Instrument);

/// <summary>
/// Reads one referral for a viewer. The read and its audit record (who saw which categories) are one
/// transaction: if the audit cannot be written, nothing is shown. A refused attempt is audited too.
/// </summary>
public sealed class ReferralReader(MaracDbContext db)
{
    // A coordinator or the referring agency sees every category they supplied; another agency's
    // private research note (OwnAgencyOnly) is never part of a referral page.
    private static readonly string AllCategories = string.Join(',', Enum.GetValues<DataCategory>().Where(c => c != DataCategory.OwnAgencyOnly));

    public async Task<ReferralView?> ReadAsync(int id, ClaimsPrincipal viewer)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var referral = await db.Referrals.AsNoTracking().VisibleTo(viewer, db.CaseExclusions)
            .Include(r => r.ReferringAgencies).ThenInclude(a => a.Agency)
            .Include(r => r.Victim).ThenInclude(v => v.Aliases)
            .Include(r => r.Perpetrators).ThenInclude(p => p.Person)
            .Include(r => r.Children).ThenInclude(c => c.Person)
            .Include(r => r.RiskAssessment).ThenInclude(a => a!.Answers)
            .Include(r => r.CreatedByUser)
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == id);
        var key = id.ToString(CultureInfo.InvariantCulture);
        if (referral is null)
        {
            await db.RecordRefusalAsync(id, "not found or not visible");
            await transaction.CommitAsync();
            return null;
        }
        var isRepeat = await db.Referrals.Where(r => r.Id == id).WhereRepeat(db.Referrals).AnyAsync();
        var instrumentId = referral.RiskAssessment?.RiskInstrumentId;
        var instrument = await db.RiskInstruments.AsNoTracking().Include(i => i.Questions.OrderBy(q => q.Number))
            .FirstAsync(i => instrumentId == null ? i.IsCurrent : i.Id == instrumentId);
        db.RecordAudit(AuditAction.View, nameof(Referral), key, id, detail: AllCategories);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new ReferralView(referral, isRepeat, instrument);
    }
}
