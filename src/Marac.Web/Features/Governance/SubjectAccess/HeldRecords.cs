using Marac.Sharing.Categories;

namespace Marac.Web.Features.Governance.SubjectAccess;

/// <summary>How the person searched for appears on a referral.</summary>
public enum SubjectRole { Victim = 1, Perpetrator = 2, Child = 3 }

/// <summary>One field held on a case, with its data category and why it needs review before release, if it does.</summary>
public sealed record HeldField(string Section, string Field, string Value, DataCategory Category, string? Review);

/// <summary>Everything held on one referral where the person appears.</summary>
public sealed record HeldCase(int ReferralId, string Reference, DateOnly ReferralDate, SubjectRole Role, IReadOnlyList<HeldField> Fields)
{
    public int ToReview => Fields.Count(f => f.Review is not null);
}

/// <param name="HiddenByExclusion">Records exist that a must-not-receive entry hides from this coordinator.</param>
/// <param name="Recipients">The agencies that received the data of these cases, from the disclosure audit.</param>
public sealed record SubjectAccessReport(IReadOnlyList<HeldCase> Cases, bool HiddenByExclusion, IReadOnlyList<Recipient> Recipients);

public static class ReviewReasons
{
    public const string Restricted = "Review before release: restricted (location and safety contacts)";
    public const string ThirdParty = "Review before release: third-party data";
    public const string OtherAgency = "Review before release: another agency's information";
    public const string PrivateNote = "Review before release: an agency's private note, not shown here; ask the agency";
}
