namespace Marac.Web.Features.Statistics.Computation;

/// <summary>One equality measure with its national comparator.</summary>
public sealed record EqualityMeasure(string Label, int Count, bool HasPercent, double? NationalPercent, double? NationalCount);

public static class EqualityMeasures
{
    public static IReadOnlyList<EqualityMeasure> For(StatisticsReport report)
    {
        var f = report.Figures;
        return
        [
            new("Victims Black, Asian or racially minoritised", f.Minoritised, true, NationalFigures.MinoritisedPercent, null),
            new("Victims whose ethnicity is not known", f.EthnicityNotKnown, true, null, null),
            new("Victims LGBT+", f.Lgbt, true, NationalFigures.LgbtPercent, null),
            new("Victims disabled", f.Disabled, true, NationalFigures.DisabledPercent, null),
            new("Victims male", f.Male, true, NationalFigures.MalePercent, null),
            new("Victims aged 16 or 17", f.Aged16To17, true, NationalFigures.Aged16To17Percent, null),
            new("Perpetrators aged 17 or under", f.PerpetratorsAged17OrUnder, false, null, NationalFigures.PerpetratorsAged17OrUnder),
        ];
    }
}
