using Marac.Data.Entities;

namespace Marac.Data.Demo;

/// <summary>How often each ethnic group appears among the demo victims (roughly Coventry's mix).</summary>
internal static class DemoEthnicity
{
    private static readonly (Ethnicity Item, double Weight)[] All =
    [
        (Ethnicity.WhiteBritish, 62), (Ethnicity.WhiteIrish, 1), (Ethnicity.WhiteGypsyOrIrishTraveller, 0.5),
        (Ethnicity.WhiteRoma, 0.5), (Ethnicity.WhiteOther, 7), (Ethnicity.NotKnown, 4.5),
        (Ethnicity.AsianIndian, 6), (Ethnicity.AsianPakistani, 5), (Ethnicity.AsianBangladeshi, 2),
        (Ethnicity.AsianChinese, 1), (Ethnicity.AsianOther, 1), (Ethnicity.BlackAfrican, 4),
        (Ethnicity.BlackCaribbean, 2), (Ethnicity.BlackOther, 0.5), (Ethnicity.MixedWhiteAndBlackCaribbean, 2),
        (Ethnicity.MixedWhiteAndAsian, 1), (Ethnicity.MixedWhiteAndBlackAfrican, 0.5), (Ethnicity.MixedOther, 0.5),
        (Ethnicity.OtherArab, 1.5), (Ethnicity.OtherAnyOther, 1),
    ];

    private static readonly HashSet<Ethnicity> MinoritisedSet = [.. EthnicityCatalogue.MinoritisedByDefault];

    private static readonly (Ethnicity Item, double Weight)[] Minoritised =
        All.Where(e => MinoritisedSet.Contains(e.Item)).ToArray();

    public static bool IsMinoritised(Ethnicity ethnicity) => MinoritisedSet.Contains(ethnicity);

    public static Ethnicity Draw(DemoRandom random) => random.PickWeighted(All);

    public static Ethnicity DrawMinoritised(DemoRandom random) => random.PickWeighted(Minoritised);
}
