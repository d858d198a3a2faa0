using Marac.Data.Entities;

namespace Marac.Web.Features.Statistics.Computation;

/// <summary>
/// The SafeLives measures for a set of cases discussed (one meeting, a quarter, a year). Every figure
/// adds up across meetings, so a period's figures are the sum of its meetings'.
/// </summary>
public sealed record CaseFigures
{
    public static CaseFigures None { get; } = new();

    public int Cases { get; init; }
    public int Repeats { get; init; }
    public int Children { get; init; }
    public int Minoritised { get; init; }
    public int EthnicityNotKnown { get; init; }
    public int Lgbt { get; init; }
    public int Disabled { get; init; }
    public int Male { get; init; }
    public int Aged16To17 { get; init; }
    public int PerpetratorsAged17OrUnder { get; init; }

    /// <summary>Cases by referral source, each case's 1 shared equally among its sources.</summary>
    public IReadOnlyDictionary<ReferralSource, double> Sources { get; init; } = new Dictionary<ReferralSource, double>();

    public double Source(ReferralSource source) => Sources.GetValueOrDefault(source);

    /// <summary>Cases (fractionally) referred by the given sources.</summary>
    public double FromSources(IEnumerable<ReferralSource> sources) => sources.Distinct().Sum(Source);

    /// <summary>A count as a percentage of cases discussed; null when no case was discussed.</summary>
    public double? PercentOfCases(double count) => Cases == 0 ? null : 100.0 * count / Cases;

    public double? RepeatPercent => PercentOfCases(Repeats);

    public CaseFigures Plus(CaseFigures other) => new()
    {
        Cases = Cases + other.Cases,
        Repeats = Repeats + other.Repeats,
        Children = Children + other.Children,
        Minoritised = Minoritised + other.Minoritised,
        EthnicityNotKnown = EthnicityNotKnown + other.EthnicityNotKnown,
        Lgbt = Lgbt + other.Lgbt,
        Disabled = Disabled + other.Disabled,
        Male = Male + other.Male,
        Aged16To17 = Aged16To17 + other.Aged16To17,
        PerpetratorsAged17OrUnder = PerpetratorsAged17OrUnder + other.PerpetratorsAged17OrUnder,
        Sources = Sources.Concat(other.Sources)
            .GroupBy(s => s.Key)
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Value)),
    };

    public static CaseFigures Total(IEnumerable<CaseFigures> parts) => parts.Aggregate(None, (sum, part) => sum.Plus(part));
}

/// <summary>One meeting held, with the figures for the cases it heard.</summary>
public sealed record MeetingFigures(int MeetingId, DateTime StartsAt, CaseFigures Figures)
{
    public DateOnly Date => DateOnly.FromDateTime(StartsAt);
}

/// <summary>A period's meetings held and the figures for the cases they heard.</summary>
public sealed record PeriodFigures(StatisticsPeriod Period, int MeetingsHeld, CaseFigures Figures)
{
    public static PeriodFigures For(StatisticsPeriod period, IEnumerable<MeetingFigures> meetings)
    {
        var inPeriod = meetings.Where(m => period.Contains(m.Date)).ToList();
        return new(period, inPeriod.Count, CaseFigures.Total(inPeriod.Select(m => m.Figures)));
    }
}
