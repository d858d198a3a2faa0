using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Referrals.Repeats;

/// <summary>
/// A second referral of the same victim within 14 days becomes one joint referral: the later one's
/// agencies join the earlier one, and the later one is marked merged. Undoing restores both.
/// </summary>
public sealed class ReferralMerger(MaracDbContext db)
{
    public async Task<bool> MergeAsync(int laterId, int intoId)
    {
        var later = await db.Referrals.Include(r => r.ReferringAgencies).FirstOrDefaultAsync(r => r.Id == laterId);
        var into = await db.Referrals.Include(r => r.ReferringAgencies).FirstOrDefaultAsync(r => r.Id == intoId);
        if (later is null || into is null || later.Status is not (ReferralStatus.Submitted or ReferralStatus.Accepted)
            || into.Status is not (ReferralStatus.Submitted or ReferralStatus.Accepted)
            || Math.Abs(later.ReferralDate.DayNumber - into.ReferralDate.DayNumber) > LikelyMatchFinder.MergeWindowDays)
        {
            return false;
        }
        foreach (var agency in later.ReferringAgencies.Where(a => into.ReferringAgencies.All(i => i.AgencyId != a.AgencyId)))
        {
            into.ReferringAgencies.Add(new ReferralAgency { AgencyId = agency.AgencyId, MergedFromReferralId = later.Id });
        }
        later.Status = ReferralStatus.Merged;
        later.MergedIntoReferralId = into.Id;
        await db.SaveChangesAsync();
        return true;
    }

    public async Task<bool> UndoAsync(int laterId)
    {
        var later = await db.Referrals.FirstOrDefaultAsync(r => r.Id == laterId && r.Status == ReferralStatus.Merged);
        if (later?.MergedIntoReferralId is not { } intoId)
        {
            return false;
        }
        var into = await db.Referrals.Include(r => r.ReferringAgencies).FirstAsync(r => r.Id == intoId);
        into.ReferringAgencies.RemoveAll(a => a.MergedFromReferralId == later.Id);
        later.Status = ReferralStatus.Submitted;
        later.MergedIntoReferralId = null;
        await db.SaveChangesAsync();
        return true;
    }
}
