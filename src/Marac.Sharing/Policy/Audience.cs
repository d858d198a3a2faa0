namespace Marac.Sharing.Policy;

/// <summary>Who may be asking to see a case: one row each of the sharing policy (docs/sharing-policy.md).</summary>
public enum Audience
{
    Coordinator,
    /// <summary>The chair of a meeting that lists the case.</summary>
    Chair,
    /// <summary>A representative of an agency holding a live meeting grant (an invitation) for a meeting listing the case.</summary>
    InvitedRepresentative,
    /// <summary>A representative of an IDVA service holding a live meeting grant for a meeting listing the case.</summary>
    IdvaHoldingCase,
    /// <summary>A representative named personally in a live one-case grant.</summary>
    NamedRepresentative,
    /// <summary>The person who made the referral.</summary>
    ReferringPerson,
    /// <summary>Other staff of the agency that referred: nothing of their own; an invitation like any agency.</summary>
    ReferringAgencyStaff,
    /// <summary>An agency the referrer named as a joint referrer, until the coordinator confirms it.</summary>
    ProposedJointAgency,
    PartnershipLead,
    Administrator,
}

/// <summary>When, in a case's life, the viewer asks (the policy's columns).</summary>
public enum CasePhase
{
    /// <summary>Submitted, not yet accepted by a coordinator (or returned to the referrer).</summary>
    BeforeAcceptance,
    /// <summary>Accepted, and a live grant covers the case for the viewer (from publication until the grant ends).</summary>
    WhileGranted,
    /// <summary>Accepted, and no live grant covers it for the viewer (it ended, was revoked or never was).</summary>
    AfterGrantEnds,
}
