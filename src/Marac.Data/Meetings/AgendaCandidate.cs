using Marac.Data.Entities;

namespace Marac.Data.Meetings;

/// <summary>What the agenda builder needs to know about one case.</summary>
/// <param name="ReceivedOn">The UK date the referral reached the MARAC.</param>
/// <param name="ListedAtMeetingId">The meeting the case is listed at now, if any.</param>
/// <param name="HasIncompleteActions">An action agreed at an earlier meeting is still open.</param>
/// <param name="LastHeardOn">For the 12-month section: when the case was last heard.</param>
public sealed record AgendaCandidate(
    int ReferralId,
    string Reference,
    ReferralStatus Status,
    DateOnly ReceivedOn,
    bool HasChildren,
    bool IsRepeat,
    IReadOnlyList<int> ReferringAgencyIds,
    int? ListedAtMeetingId = null,
    bool HasIncompleteActions = false,
    DateOnly? LastHeardOn = null);

/// <summary>One case on a proposed agenda.</summary>
public sealed record ProposedItem(AgendaCandidate Case, AgendaSection Section, int Order);

/// <summary>A case that is not on the proposed agenda, and why.</summary>
public sealed record HeldBackCase(AgendaCandidate Case, string Reason);

/// <summary>The builder's proposal: the agenda, the cases over capacity and the late arrivals.</summary>
/// <param name="MoreOverCapacity">Cases over capacity beyond those in <paramref name="Overflow"/>: counted, not loaded.</param>
/// <param name="MoreArrivedLate">Late arrivals beyond those in <paramref name="ArrivedAfterCutOff"/>: counted, not loaded.</param>
public sealed record AgendaProposal(
    DateOnly CutOff,
    IReadOnlyList<ProposedItem> Items,
    IReadOnlyList<HeldBackCase> Overflow,
    IReadOnlyList<HeldBackCase> ArrivedAfterCutOff,
    int MoreOverCapacity = 0,
    int MoreArrivedLate = 0)
{
    public int OverCapacity => Overflow.Count + MoreOverCapacity;
}
