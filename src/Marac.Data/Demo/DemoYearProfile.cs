namespace Marac.Data.Demo;

/// <summary>
/// What one SafeLives year (July to June) of demo history should add up to. The year starting July
/// 2020 reproduces Coventry's published figures exactly; the others follow the published trend.
/// </summary>
internal sealed record DemoYearProfile(
    int Year,
    int Cases,
    int Repeats,
    int Children,
    int MinoritisedVictims,
    int MaleVictims,
    int DisabledVictims,
    int LgbtVictims,
    int Victims16To17,
    int JuvenilePerpetrators)
{
    /// <summary>The profile for a full year (before any scaling for a year still in progress).</summary>
    public static DemoYearProfile For(int year, DemoRandom random) => year switch
    {
        2015 => FromRates(year, 363, 0.36, 1.12, 0.20, male: 8, disabled: 12, lgbt: 2, aged16To17: 4, juvenile: 2),
        2016 => FromRates(year, 418, 0.38, 1.10, 0.21, male: 9, disabled: 0, lgbt: 3, aged16To17: 6, juvenile: 3),
        2017 => FromRates(year, 468, 0.40, 1.09, 0.22, male: 11, disabled: 9, lgbt: 3, aged16To17: 5, juvenile: 2),
        2018 => FromRates(year, 521, 0.42, 1.08, 0.23, male: 14, disabled: 15, lgbt: 5, aged16To17: 6, juvenile: 4),
        2019 => FromRates(year, 566, 0.43, 1.09, 0.24, male: 10, disabled: 19, lgbt: 3, aged16To17: 8, juvenile: 3),
        2020 => new(2020, Cases: 613, Repeats: 276, Children: 661, MinoritisedVictims: 153,
            MaleVictims: 6, DisabledVictims: 23, LgbtVictims: 4, Victims16To17: 7, JuvenilePerpetrators: 3),
        _ => FromRates(year, random.Between(620, 680), 0.42 + random.NextDouble() * 0.04, 1.05 + random.NextDouble() * 0.07,
            0.245 + random.NextDouble() * 0.025, male: random.Between(6, 14), disabled: random.Between(20, 32),
            lgbt: random.Between(2, 5), aged16To17: random.Between(3, 9), juvenile: random.Between(2, 5)),
    };

    /// <summary>The same proportions for the part of a year that has happened.</summary>
    public DemoYearProfile ScaledTo(int cases)
    {
        if (cases == Cases)
        {
            return this;
        }
        var f = Cases == 0 ? 0 : (double)cases / Cases;
        int Scale(int n) => (int)Math.Round(n * f, MidpointRounding.AwayFromZero);
        return new(Year, cases, Scale(Repeats), Scale(Children), Scale(MinoritisedVictims), Scale(MaleVictims),
            Scale(DisabledVictims), Scale(LgbtVictims), Scale(Victims16To17), Scale(JuvenilePerpetrators));
    }

    private static DemoYearProfile FromRates(int year, int cases, double repeatRate, double childrenPerCase,
        double minoritisedRate, int male, int disabled, int lgbt, int aged16To17, int juvenile) =>
        new(year, cases, Round(cases * repeatRate), Round(cases * childrenPerCase), Round(cases * minoritisedRate),
            male, disabled, lgbt, aged16To17, juvenile);

    private static int Round(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);
}
