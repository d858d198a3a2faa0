namespace Marac.Web.Features.Statistics.Import;

/// <summary>What an import saved: counts only, so it can be audited and printed.</summary>
public sealed record ImportSummary(int Cases, int MeetingsCreated, int MeetingsJoined, int AgenciesCreated, int RowsLeftOut)
{
    public override string ToString() =>
        $"{Cases} cases imported; {MeetingsCreated} meetings created, {MeetingsJoined} joined; "
        + $"{AgenciesCreated} placeholder agencies created; {RowsLeftOut} rows left out";
}
