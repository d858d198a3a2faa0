namespace Marac.Sharing.Grants;

/// <summary>What the access rules need to know about one case.</summary>
public sealed record CaseFacts(
    int ReferralId,
    int? CreatedByUserId,
    bool IsAccepted,
    bool HasChildren,
    IReadOnlySet<int> MeetingIds,
    IReadOnlySet<int> ChairUserIds,
    bool IsDraft = false);

/// <summary>A grant as the rules see it.</summary>
public sealed record GrantFacts(
    int Id,
    int? AgencyId,
    int? StaffUserId,
    int? MeetingId,
    int? ReferralId,
    Categories.CategorySet Categories,
    DateTime ValidFrom,
    DateTime ValidTo,
    DateTime? RevokedAt)
{
    public bool IsLiveAt(DateTime utcNow) => RevokedAt is null && ValidFrom <= utcNow && utcNow < ValidTo;

    public bool IsForOneCase => ReferralId is not null;
}

/// <summary>A "must not receive" entry as the rules see it.</summary>
public sealed record ExclusionFacts(int? StaffUserId, int? AgencyId);
