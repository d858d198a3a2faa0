using System.Text.Json;
using System.Text.Json.Serialization;
using Marac.Data.Entities;

namespace Marac.Web.Features.Referrals;

/// <summary>
/// The referral as its referrer submitted it, kept beside the live record: the sharing policy lets the referring
/// person see what they submitted, its status and the coordinator's decision, never later corrections.
/// </summary>
public static class SubmittedSnapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Keeps the referral's content as it stands now, as the snapshot of its submission.</summary>
    public static void Take(Referral referral)
    {
        var copy = Content(referral);
        referral.SubmittedSnapshot = JsonSerializer.Serialize(copy, Options);
    }

    /// <summary>
    /// The snapshot under the live status and decision, with the agencies' names filled in; null when the referral
    /// was submitted before snapshots were kept.
    /// </summary>
    public static Referral? Read(Referral live, IReadOnlyDictionary<int, Agency> agencies)
    {
        if (live.SubmittedSnapshot is null || JsonSerializer.Deserialize<Referral>(live.SubmittedSnapshot, Options) is not { } submitted)
        {
            return null;
        }
        (submitted.Id, submitted.Status, submitted.DecidedAt, submitted.ReturnReason, submitted.MergedIntoReferralId) =
            (live.Id, live.Status, live.DecidedAt, live.ReturnReason, live.MergedIntoReferralId);
        submitted.CreatedByUser = live.CreatedByUser;
        foreach (var agency in submitted.ReferringAgencies)
        {
            agency.Agency = agencies.TryGetValue(agency.AgencyId, out var known) ? known : new Agency { Name = "An agency no longer listed" };
        }
        return submitted;
    }

    /// <summary>The snapshot's content alone (no status or decision), or null when there is none.</summary>
    public static Referral? Parse(string? snapshot) => snapshot is null ? null : JsonSerializer.Deserialize<Referral>(snapshot, Options);

    private static Referral Content(Referral r) => new()
    {
        Reference = r.Reference, Status = r.Status, ReferralDate = r.ReferralDate, CreatedAt = r.CreatedAt, SubmittedAt = r.SubmittedAt,
        CreatedByUserId = r.CreatedByUserId, ReferrerName = r.ReferrerName, ReferrerPhone = r.ReferrerPhone, ReferrerEmail = r.ReferrerEmail,
        ReferringAgencies = r.ReferringAgencies.Select(a => new ReferralAgency { AgencyId = a.AgencyId, IsProposed = a.IsProposed }).ToList(),
        Victim = r.Victim, Perpetrators = r.Perpetrators, Children = r.Children, ImportedChildrenCount = r.ImportedChildrenCount,
        ProfessionalJudgement = r.ProfessionalJudgement, ProfessionalJudgementReasons = r.ProfessionalJudgementReasons,
        PotentialEscalation = r.PotentialEscalation, IncidentsInLast12Months = r.IncidentsInLast12Months, RepeatDeclared = r.RepeatDeclared,
        PreviousMaracDate = r.PreviousMaracDate, RiskAssessment = r.RiskAssessment, RiskNarrative = r.RiskNarrative,
        VictimAwareOfReferral = r.VictimAwareOfReferral, ConsentGiven = r.ConsentGiven, ConsentNotGivenReason = r.ConsentNotGivenReason,
        SharingWithoutConsentDecision = r.SharingWithoutConsentDecision, VictimFears = r.VictimFears, SafeToTalkTo = r.SafeToTalkTo,
        NotSafeToTalkTo = r.NotSafeToTalkTo, PreviousOtherMarac = r.PreviousOtherMarac, Flags = r.Flags,
    };
}
