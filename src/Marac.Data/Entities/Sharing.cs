using System.ComponentModel.DataAnnotations;

namespace Marac.Data.Entities;

/// <summary>Which legal framework a lawful basis sits in.</summary>
public enum LawfulBasisKind
{
    [Display(Name = "UK GDPR with DPA 2018 Schedule 1")] UkGdpr = 1,
    [Display(Name = "DPA 2018 Part 3 (law enforcement)")] LawEnforcement = 2,
    [Display(Name = "Recognised legitimate interest (safeguarding condition)")] RecognisedLegitimateInterest = 3,
}

/// <summary>One entry of the partnership's lawful-basis register.</summary>
public class LawfulBasis
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public LawfulBasisKind Kind { get; set; }
    /// <summary>UK GDPR Article 6 basis, e.g. "6(1)(e) public task".</summary>
    public string? Article6Basis { get; set; }
    /// <summary>UK GDPR Article 9 condition, e.g. "9(2)(g) substantial public interest".</summary>
    public string? Article9Condition { get; set; }
    /// <summary>DPA 2018 Schedule 1 condition, e.g. "Part 2 para 18 safeguarding".</summary>
    public string? Schedule1Condition { get; set; }
    /// <summary>For law enforcement: the DPA 2018 Part 3 purpose; otherwise any other note.</summary>
    public string? Notes { get; set; }
    public bool IsActive { get; set; } = true;
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>One version of the confidentiality statement read at the start of each meeting.</summary>
public class ConfidentialityStatement
{
    public int Id { get; set; }
    public int Number { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
    public int? CreatedByUserId { get; set; }
}

public enum GrantOrigin { Publication = 1, Coordinator = 2 }

/// <summary>
/// Access for an agency's representatives (or one named user) to the cases of a meeting or to one case,
/// for a purpose, under a lawful basis, for a set of data categories, between two UTC instants.
/// </summary>
public class AccessGrant
{
    public int Id { get; set; }
    public int? AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public int? StaffUserId { get; set; }
    public StaffUser? StaffUser { get; set; }
    public int? MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int? ReferralId { get; set; }
    public required string Purpose { get; set; }
    public int LawfulBasisId { get; set; }
    public LawfulBasis LawfulBasis { get; set; } = null!;
    /// <summary>The granted data categories as a bit set (bit n for category value n).</summary>
    public int Categories { get; set; }
    public DateTime ValidFrom { get; set; }
    public DateTime ValidTo { get; set; }
    public GrantOrigin Origin { get; set; }
    /// <summary>Why it was granted by hand (required for Location and safety contacts).</summary>
    public string? Reason { get; set; }
    public DateTime GrantedAt { get; set; }
    public int? GrantedByUserId { get; set; }
    public DateTime? RevokedAt { get; set; }
    public int? RevokedByUserId { get; set; }
    public string? RevokedReason { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum GrantChangeKind { Created = 1, Widened = 2, Narrowed = 3, Extended = 4, Shortened = 5, Revoked = 6 }

/// <summary>Each change to a grant with its reason, so the partnership can show who shared what and why.</summary>
public class AccessGrantChange
{
    public int Id { get; set; }
    public int AccessGrantId { get; set; }
    public GrantChangeKind Kind { get; set; }
    public string? Reason { get; set; }
    public int CategoriesBefore { get; set; }
    public int CategoriesAfter { get; set; }
    public DateTime ValidToBefore { get; set; }
    public DateTime ValidToAfter { get; set; }
    public DateTime ChangedAt { get; set; }
    public int? ChangedByUserId { get; set; }
}

/// <summary>"Must not receive": a user or an agency that must never see a case, whatever their grants and roles.</summary>
public class CaseExclusion
{
    public int Id { get; set; }
    public int ReferralId { get; set; }
    public int? StaffUserId { get; set; }
    public StaffUser? StaffUser { get; set; }
    public int? AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public required string Reason { get; set; }
    public DateTime RecordedAt { get; set; }
    public int? RecordedByUserId { get; set; }
    public DateTime? RemovedAt { get; set; }
    public int? RemovedByUserId { get; set; }
    public string? RemovedReason { get; set; }
}
