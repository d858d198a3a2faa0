namespace Marac.Web.Features.Statistics.Import;

/// <summary>The columns of a historical case list (safelives-dataset.md), matched case-insensitively.</summary>
public static class CaseListColumns
{
    public const string MeetingDate = "MeetingDate";
    public const string CaseReference = "CaseReference";
    public const string ReferralDate = "ReferralDate";
    public const string ReferringAgencies = "ReferringAgencies";
    public const string VictimId = "VictimId";
    public const string PerpetratorIds = "PerpetratorIds";
    public const string VictimGender = "VictimGender";
    public const string VictimDateOfBirth = "VictimDateOfBirth";
    public const string VictimAge = "VictimAge";
    public const string VictimEthnicity = "VictimEthnicity";
    public const string VictimDisabled = "VictimDisabled";
    public const string VictimLgbt = "VictimLgbt";
    public const string ChildrenInHousehold = "ChildrenInHousehold";
    public const string PerpetratorDateOfBirth = "PerpetratorDateOfBirth";
    public const string PerpetratorAge = "PerpetratorAge";
    public const string Repeat = "Repeat";

    public static IReadOnlyList<string> All { get; } =
    [
        MeetingDate, CaseReference, ReferralDate, ReferringAgencies, VictimId, PerpetratorIds, VictimGender,
        VictimDateOfBirth, VictimAge, VictimEthnicity, VictimDisabled, VictimLgbt, ChildrenInHousehold,
        PerpetratorDateOfBirth, PerpetratorAge, Repeat,
    ];

    /// <summary>Columns every file must have (the date of birth or age pairs are checked separately).</summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        MeetingDate, CaseReference, ReferralDate, ReferringAgencies, VictimId, PerpetratorIds, VictimGender,
        VictimEthnicity, VictimDisabled, VictimLgbt, ChildrenInHousehold,
    ];

    /// <summary>The known spelling of <paramref name="header"/>, or null when the column is not one of ours.</summary>
    public static string? Canonical(string header) =>
        All.FirstOrDefault(c => string.Equals(c, header.Trim(), StringComparison.OrdinalIgnoreCase));
}
