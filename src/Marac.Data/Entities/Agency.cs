namespace Marac.Data.Entities;

public class Agency
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ReferralSource SourceCategory { get; set; }
    public bool ServesOnlyChildren { get; set; }
    /// <summary>Entra tenant the agency's staff sign in from; null when they are guests of the partnership tenant.</summary>
    public Guid? TenantId { get; set; }
    public DateOnly? InformationSharingAgreementDate { get; set; }
    /// <summary>Invited to every meeting by default.</summary>
    public bool IsCoreMember { get; set; } = true;
    public bool IsActive { get; set; } = true;
    public int? LawfulBasisId { get; set; }
    public LawfulBasis? LawfulBasis { get; set; }
    /// <summary>The data categories granted when an agenda is published to the agency, as a bit set.</summary>
    public int SharingProfile { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
