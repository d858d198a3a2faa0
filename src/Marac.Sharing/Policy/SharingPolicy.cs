using Marac.Sharing.Categories;

namespace Marac.Sharing.Policy;

/// <summary>One row of the sharing policy: what one audience sees before acceptance, while granted, and after.</summary>
public sealed record PolicyRow(Audience Who, string Label, Allowance BeforeAcceptance, Allowance WhileGranted, Allowance AfterGrantEnds)
{
    public Allowance At(CasePhase phase) => phase switch
    {
        CasePhase.BeforeAcceptance => BeforeAcceptance,
        CasePhase.WhileGranted => WhileGranted,
        _ => AfterGrantEnds,
    };
}

/// <summary>
/// The sharing policy as data: the same table as docs/sharing-policy.md (a test holds the two together), and the
/// only source of what each audience sees. Least privilege: Location and safety contacts reach coordinators, the
/// IDVA service holding the case, and a representative named in a one-case grant with a reason; administrators
/// and partnership leads see no case content; agencies see a case only through grants.
/// </summary>
public static class SharingPolicy
{
    private static readonly Allowance Everything = Allowance.Fixed(CategorySet.Grantable);
    private static readonly Allowance Nothing = Allowance.Nothing;

    public static IReadOnlyList<PolicyRow> Rows { get; } =
    [
        new(Audience.Coordinator, "Coordinator", Everything, Everything, Everything),
        new(Audience.Chair, "Chair of a meeting listing the case", Nothing,
            Allowance.Fixed(Allowance.AllButRestricted), Allowance.Fixed(Allowance.AllButRestricted)),
        new(Audience.InvitedRepresentative, "Invited agency's representative", Nothing,
            Allowance.UpToGrant(Allowance.AllButRestricted), Nothing),
        new(Audience.IdvaHoldingCase, "IDVA service holding the case", Nothing,
            Allowance.UpToGrant(CategorySet.Grantable), Nothing),
        new(Audience.NamedRepresentative, "Representative named in a one-case grant", Nothing,
            Allowance.UpToGrant(CategorySet.Grantable), Nothing),
        new(Audience.ReferringPerson, "The referring person", Allowance.AsSubmitted, Allowance.AsSubmitted, Allowance.AsSubmitted),
        new(Audience.ReferringAgencyStaff, "Other staff of the referring agency", Nothing, Nothing, Nothing),
        new(Audience.ProposedJointAgency, "Proposed joint referring agency", Nothing, Nothing, Nothing),
        new(Audience.PartnershipLead, "Partnership lead", Nothing, Nothing, Nothing),
        new(Audience.Administrator, "Administrator", Nothing, Nothing, Nothing),
    ];

    public static PolicyRow For(Audience who) => Rows.Single(r => r.Who == who);

    /// <summary>
    /// What a record many people read at once, or that is kept and passed on (the live meeting, minutes, action
    /// lists, exports), may carry of a viewer's categories: never Location and safety contacts, which reach
    /// people only on the case page and its print view.
    /// </summary>
    public static CategorySet OnSharedRecord(CategorySet granted) => granted.Without(DataCategory.LocationAndSafetyContacts);
}
