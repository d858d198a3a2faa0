using System.Globalization;
using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Referrals.Repeats;

/// <summary>
/// A coordinator's confirmation that two referrals are about the same victim links their records
/// (and any perpetrator recorded under the same name), which is what makes the repeat rule see them.
/// Rejections are kept so the match is not offered again; links can be undone.
/// </summary>
public sealed class MatchDecisions(MaracDbContext db, TimeProvider clock)
{
    public async Task ConfirmAsync(int referralId, int matchedReferralId, string reason, int userId)
    {
        var referral = await LoadAsync(referralId);
        var matched = await LoadAsync(matchedReferralId);
        var links = new List<string>();
        foreach (var perpetrator in referral.Perpetrators)
        {
            var same = matched.Perpetrators.FirstOrDefault(p => p.Person.NameKey == perpetrator.Person.NameKey
                && (p.Person.DateOfBirth is null || perpetrator.Person.DateOfBirth is null || p.Person.DateOfBirth == perpetrator.Person.DateOfBirth));
            if (same is not null && same.Person.SubjectId != perpetrator.Person.SubjectId)
            {
                links.Add(string.Create(CultureInfo.InvariantCulture, $"{perpetrator.Person.Id}={perpetrator.Person.SubjectId}"));
                perpetrator.Person.SubjectId = same.Person.SubjectId;
            }
        }
        db.MatchDecisions.Add(new MatchDecision
        {
            ReferralId = referralId,
            MatchedReferralId = matchedReferralId,
            Outcome = MatchDecisionOutcome.Confirmed,
            Reason = reason,
            PreviousSubjectId = referral.Victim.SubjectId,
            PerpetratorLinks = links.Count == 0 ? null : string.Join(';', links),
            DecidedByUserId = userId,
            DecidedAt = clock.GetUtcNow().UtcDateTime,
        });
        referral.Victim.SubjectId = matched.Victim.SubjectId;
        await db.SaveChangesAsync();
    }

    public async Task RejectAsync(int referralId, int matchedReferralId, string reason, int userId)
    {
        db.MatchDecisions.Add(new MatchDecision
        {
            ReferralId = referralId,
            MatchedReferralId = matchedReferralId,
            Outcome = MatchDecisionOutcome.Rejected,
            Reason = reason,
            DecidedByUserId = userId,
            DecidedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Undoes a confirmed link: the victim and any linked perpetrators get back their earlier identity.</summary>
    public async Task<bool> UndoAsync(int decisionId, int referralId)
    {
        var decision = await db.MatchDecisions.FirstOrDefaultAsync(d => d.Id == decisionId && d.ReferralId == referralId && d.Outcome == MatchDecisionOutcome.Confirmed);
        if (decision is null)
        {
            return false;
        }
        var referral = await LoadAsync(referralId);
        referral.Victim.SubjectId = decision.PreviousSubjectId;
        foreach (var link in (decision.PerpetratorLinks ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = link.Split('=');
            var person = referral.Perpetrators.FirstOrDefault(p => p.Person.Id == int.Parse(parts[0], CultureInfo.InvariantCulture));
            if (person is not null)
            {
                person.Person.SubjectId = Guid.Parse(parts[1]);
            }
        }
        decision.Outcome = MatchDecisionOutcome.Undone;
        await db.SaveChangesAsync();
        return true;
    }

    public Task<List<MatchDecision>> ForReferralAsync(int referralId) =>
        db.MatchDecisions.AsNoTracking().Where(d => d.ReferralId == referralId).OrderByDescending(d => d.DecidedAt).ToListAsync();

    private Task<Referral> LoadAsync(int id) =>
        db.Referrals.Include(r => r.Victim).Include(r => r.Perpetrators).ThenInclude(p => p.Person).FirstAsync(r => r.Id == id);
}
