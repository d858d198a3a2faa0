using Marac.Data.Entities;

namespace Marac.Web.Features.Statistics.Computation;

/// <summary>
/// Choices the SafeLives definitions leave to the partnership. They are not yet partnership settings
/// in the database, so these code defaults apply, and the export's notes name them.
/// </summary>
public sealed record StatisticsOptions
{
    public static StatisticsOptions Default { get; } = new();

    /// <summary>Sources that count towards the partner-agency referral share (default: all but Police).</summary>
    public IReadOnlyList<ReferralSource> PartnerSources { get; init; } =
        Enum.GetValues<ReferralSource>().Where(s => s != ReferralSource.Police).ToList();

    /// <summary>Ethnicities counted as Black, Asian or racially minoritised (default: not the White groups).</summary>
    public IReadOnlyList<Ethnicity> MinoritisedEthnicities { get; init; } = EthnicityCatalogue.MinoritisedByDefault;

    /// <summary>A "for publication" export shows counts above 0 and below this as "&lt;5".</summary>
    public int SuppressionThreshold { get; init; } = 5;
}
