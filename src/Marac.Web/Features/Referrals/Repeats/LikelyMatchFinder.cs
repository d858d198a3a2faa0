using Marac.Data;
using Marac.Data.Entities;
using Marac.Data.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Referrals.Repeats;

public enum MatchStrength { SameNameAndDateOfBirth, AliasAndDateOfBirth, SimilarNameAndDateOfBirth, SameNameNoDateOfBirth }

public sealed record LikelyMatch(int ReferralId, string Reference, DateOnly ReferralDate, MatchStrength Strength, bool WithinMergeWindow)
{
    public string Reason => Strength switch
    {
        MatchStrength.SameNameAndDateOfBirth => "Same name and date of birth",
        MatchStrength.AliasAndDateOfBirth => "A known other name and the same date of birth",
        MatchStrength.SimilarNameAndDateOfBirth => "Similar spelling of the name and the same date of birth",
        _ => "Same name; date of birth not known on one referral",
    };
}

/// <summary>
/// Finds earlier referrals whose victim is likely the same person as this referral's victim, for a
/// coordinator to confirm or reject. Candidates come from the database by date of birth (indexed)
/// or exact name key; names are then compared in C# through <see cref="Marac.Data.Matching.NameKey"/>.
/// </summary>
public sealed class LikelyMatchFinder(MaracDbContext db)
{
    public const int MergeWindowDays = 14;

    public async Task<IReadOnlyList<LikelyMatch>> FindAsync(int referralId, CancellationToken ct = default)
    {
        var victim = await db.Referrals.AsNoTracking().Where(r => r.Id == referralId)
            .Select(r => new { r.ReferralDate, r.Victim.SubjectId, r.Victim.DateOfBirth, r.Victim.NameKey, Aliases = r.Victim.Aliases.Select(a => a.NameKey).ToList() })
            .FirstOrDefaultAsync(ct);
        if (victim is null || victim.NameKey.Length == 0)
        {
            return [];
        }
        // A rejection is about a person, so it covers every referral of the person rejected.
        var rejected = await db.MatchDecisions.Where(d => d.ReferralId == referralId && d.Outcome == MatchDecisionOutcome.Rejected)
            .Join(db.Referrals, d => d.MatchedReferralId, r => r.Id, (d, r) => r.Victim.SubjectId).ToListAsync(ct);
        var keys = victim.Aliases.Append(victim.NameKey).ToList();
        var candidates = await db.Referrals.AsNoTracking()
            .Where(RepeatRule.CountsAsReferral)
            .Where(r => r.Id != referralId && r.Victim.SubjectId != victim.SubjectId && !rejected.Contains(r.Victim.SubjectId))
            .Where(r => (victim.DateOfBirth != null && r.Victim.DateOfBirth == victim.DateOfBirth)
                        || ((victim.DateOfBirth == null || r.Victim.DateOfBirth == null) && keys.Contains(r.Victim.NameKey)))
            .Select(r => new { r.Id, r.Reference, r.ReferralDate, r.Victim.SubjectId, r.Victim.DateOfBirth, r.Victim.NameKey, Aliases = r.Victim.Aliases.Select(a => a.NameKey).ToList() })
            .Take(200)
            .ToListAsync(ct);

        // One offer per person: their most recent referral stands for the rest.
        return candidates
            .GroupBy(c => c.SubjectId)
            .Select(g => g.OrderByDescending(c => c.ReferralDate).First())
            .Select(c => (c, Strength: Compare(keys, victim.DateOfBirth, c.NameKey, c.Aliases, c.DateOfBirth)))
            .Where(x => x.Strength is not null)
            .Select(x => new LikelyMatch(x.c.Id, x.c.Reference, x.c.ReferralDate, x.Strength!.Value,
                Math.Abs(x.c.ReferralDate.DayNumber - victim.ReferralDate.DayNumber) <= MergeWindowDays))
            .OrderBy(m => m.Strength).ThenByDescending(m => m.ReferralDate)
            .ToList();
    }

    internal static MatchStrength? Compare(IReadOnlyList<string> keys, DateOnly? dateOfBirth, string otherKey, IReadOnlyList<string> otherAliases, DateOnly? otherDateOfBirth)
    {
        var sameDateOfBirth = dateOfBirth is not null && dateOfBirth == otherDateOfBirth;
        if (!sameDateOfBirth)
        {
            return (dateOfBirth is null || otherDateOfBirth is null) && keys.Contains(otherKey) ? MatchStrength.SameNameNoDateOfBirth : null;
        }
        if (keys[^1] == otherKey)
        {
            return MatchStrength.SameNameAndDateOfBirth;
        }
        if (keys.Contains(otherKey) || otherAliases.Any(keys.Contains))
        {
            return MatchStrength.AliasAndDateOfBirth;
        }
        return IsSimilar(keys[^1], otherKey) ? MatchStrength.SimilarNameAndDateOfBirth : null;
    }

    /// <summary>Each name part within a small edit distance of the other's (a re-spelling, not a different name).</summary>
    internal static bool IsSimilar(string key, string otherKey)
    {
        var parts = key.Split(' ');
        var otherParts = otherKey.Split(' ');
        if (parts.Length != otherParts.Length)
        {
            return false;
        }
        return parts.Zip(otherParts).All(p => EditDistance(p.First, p.Second) <= Math.Max(p.First.Length, p.Second.Length) / 5);
    }

    internal static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
