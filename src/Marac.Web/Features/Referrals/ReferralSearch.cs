using System.ComponentModel.DataAnnotations;
using Marac.Data.Entities;
using Marac.Data.Matching;
using Microsoft.EntityFrameworkCore;

using Marac.Web.Infrastructure.GovUk;

namespace Marac.Web.Features.Referrals;

/// <summary>
/// The coordinator's referral search. Posted, never put in a URL, because it can hold a name or a
/// date of birth.
/// </summary>
public sealed class ReferralSearch
{
    public const int PageSize = 25;

    [StringLength(100, ErrorMessage = "Name must be 100 characters or fewer")]
    [SingleLine]
    public string? Name { get; set; }

    [StringLength(30, ErrorMessage = "Reference must be 30 characters or fewer")]
    public string? Reference { get; set; }

    public DateOnly? DateOfBirth { get; set; }
    public ReferralStatus? Status { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int? AgencyId { get; set; }
    public CaseFlags? Flag { get; set; }
    public RiskBand? Band { get; set; }

    [Range(1, int.MaxValue)]
    public int Page { get; set; } = 1;

    /// <summary>Names of the criteria used, for the audit trail (never their values).</summary>
    public string CriteriaUsed() => string.Join(',', new (string Name, bool Used)[]
    {
        (nameof(Name), !string.IsNullOrWhiteSpace(Name)), (nameof(Reference), !string.IsNullOrWhiteSpace(Reference)),
        (nameof(DateOfBirth), DateOfBirth is not null), (nameof(Status), Status is not null), (nameof(From), From is not null),
        (nameof(To), To is not null), (nameof(AgencyId), AgencyId is not null), (nameof(Flag), Flag is not null), (nameof(Band), Band is not null),
    }.Where(c => c.Used).Select(c => c.Name));

    public IQueryable<Referral> Apply(IQueryable<Referral> referrals)
    {
        foreach (var word in NameWords())
        {
            referrals = referrals.Where(r => EF.Functions.Like(r.Victim.NameKey, "%" + word + "%")
                || r.Victim.Aliases.Any(a => EF.Functions.Like(a.NameKey, "%" + word + "%")));
        }
        if (!string.IsNullOrWhiteSpace(Reference))
        {
            var reference = Reference.Trim().ToUpperInvariant();
            referrals = referrals.Where(r => r.Reference.Contains(reference));
        }
        if (DateOfBirth is { } dob)
        {
            referrals = referrals.Where(r => r.Victim.DateOfBirth == dob);
        }
        if (Status is { } status)
        {
            referrals = referrals.Where(r => r.Status == status);
        }
        if (From is { } from)
        {
            referrals = referrals.Where(r => r.ReferralDate >= from);
        }
        if (To is { } to)
        {
            referrals = referrals.Where(r => r.ReferralDate <= to);
        }
        if (AgencyId is { } agencyId)
        {
            referrals = referrals.Where(r => r.ReferringAgencies.Any(a => a.AgencyId == agencyId));
        }
        if (Flag is { } flag)
        {
            referrals = referrals.Where(r => (r.Flags & flag) == flag);
        }
        if (Band is { } band)
        {
            referrals = referrals.Where(r => r.RiskAssessment != null && r.RiskAssessment.Band == band);
        }
        return referrals;
    }

    private IEnumerable<string> NameWords() =>
        (Name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(NameKey.Fold).Where(w => w.Length > 0);
}
