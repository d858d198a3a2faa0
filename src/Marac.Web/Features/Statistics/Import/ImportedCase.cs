using Marac.Data.Entities;

namespace Marac.Web.Features.Statistics.Import;

/// <summary>One valid row of a case list, ready to save.</summary>
public sealed record ImportedCase
{
    public required int Row { get; init; }
    public required DateOnly MeetingDate { get; init; }
    public required string CaseReference { get; init; }
    public required DateOnly ReferralDate { get; init; }
    public required IReadOnlyList<ReferralSource> Sources { get; init; }
    public required string VictimId { get; init; }
    public required IReadOnlyList<string> PerpetratorIds { get; init; }
    public Gender VictimGender { get; init; }
    public DateOnly? VictimDateOfBirth { get; init; }
    public Ethnicity VictimEthnicity { get; init; }
    public YesNoNotKnown VictimDisabled { get; init; }
    public YesNoNotKnown VictimLgbt { get; init; }
    public int ChildrenInHousehold { get; init; }
    public DateOnly? PerpetratorDateOfBirth { get; init; }
    public bool? Repeat { get; init; }
}

/// <summary>Why a row (or the whole file, row 0) cannot be imported.</summary>
public sealed record RowProblem(int Row, string Column, string Reason);
