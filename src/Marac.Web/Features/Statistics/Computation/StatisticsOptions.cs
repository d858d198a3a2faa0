using Marac.Data.Entities;

namespace Marac.Web.Features.Statistics.Computation;

/// <summary>
/// Choices the SafeLives definitions leave to the partnership, read from its settings (an empty list
/// setting means the default). The export's notes name them and say whether each is the default.
/// </summary>
public sealed record StatisticsOptions
{
    public static StatisticsOptions Default { get; } = new();

    public const int DefaultSuppressionThreshold = 5;

    /// <summary>All but Police: the default partner sources.</summary>
    public static IReadOnlyList<ReferralSource> DefaultPartnerSources { get; } =
        Enum.GetValues<ReferralSource>().Where(s => s != ReferralSource.Police).ToList();

    /// <summary>Sources that count towards the partner-agency referral share (default: all but Police).</summary>
    public IReadOnlyList<ReferralSource> PartnerSources { get; init; } = DefaultPartnerSources;

    /// <summary>Ethnicities counted as Black, Asian or racially minoritised (default: not the White groups).</summary>
    public IReadOnlyList<Ethnicity> MinoritisedEthnicities { get; init; } = EthnicityCatalogue.MinoritisedByDefault;

    /// <summary>A "for publication" export shows counts above 0 and below this as "&lt;5".</summary>
    public int SuppressionThreshold { get; init; } = DefaultSuppressionThreshold;

    public bool PartnerSourcesAreDefault => SameSet(PartnerSources, DefaultPartnerSources);

    public bool MinoritisedEthnicitiesAreDefault => SameSet(MinoritisedEthnicities, EthnicityCatalogue.MinoritisedByDefault);

    /// <summary>The options a partnership's settings row describes; names that are no longer valid are ignored.</summary>
    public static StatisticsOptions From(PartnershipSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var sources = Parse<ReferralSource>(settings.PartnerSources);
        var ethnicities = Parse<Ethnicity>(settings.MinoritisedEthnicities).Where(e => e != Ethnicity.NotKnown).ToList();
        return new StatisticsOptions
        {
            PartnerSources = sources.Count > 0 ? sources : DefaultPartnerSources,
            MinoritisedEthnicities = ethnicities.Count > 0 ? ethnicities : EthnicityCatalogue.MinoritisedByDefault,
            SuppressionThreshold = settings.SuppressionThreshold > 0 ? settings.SuppressionThreshold : DefaultSuppressionThreshold,
        };
    }

    /// <summary>How a chosen list is stored in the settings: comma-separated names, or empty when it is the default.</summary>
    public static string ToSetting<T>(IEnumerable<T> chosen, IEnumerable<T> defaults) where T : struct, Enum
    {
        var list = chosen.Distinct().Order().ToList();
        return SameSet(list, defaults.ToList()) ? "" : string.Join(',', list.Select(v => v.ToString()));
    }

    /// <summary>Comma-separated enum names, in enum order, without repeats or unknown names.</summary>
    public static List<T> Parse<T>(string? setting) where T : struct, Enum =>
        (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : (T?)null)
            .OfType<T>()
            .Distinct()
            .Order()
            .ToList();

    private static bool SameSet<T>(IReadOnlyCollection<T> a, IReadOnlyCollection<T> b) => a.ToHashSet().SetEquals(b);
}
