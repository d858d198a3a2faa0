namespace Marac.Data.Entities;

/// <summary>The 19 ONS 2021 census ethnic groups, plus "Not known".</summary>
public enum Ethnicity
{
    NotKnown = 0,
    AsianBangladeshi = 1,
    AsianChinese = 2,
    AsianIndian = 3,
    AsianPakistani = 4,
    AsianOther = 5,
    BlackAfrican = 6,
    BlackCaribbean = 7,
    BlackOther = 8,
    MixedWhiteAndAsian = 9,
    MixedWhiteAndBlackAfrican = 10,
    MixedWhiteAndBlackCaribbean = 11,
    MixedOther = 12,
    WhiteBritish = 13,
    WhiteIrish = 14,
    WhiteGypsyOrIrishTraveller = 15,
    WhiteRoma = 16,
    WhiteOther = 17,
    OtherArab = 18,
    OtherAnyOther = 19,
}

public enum EthnicGroup { NotKnown, Asian, Black, Mixed, White, Other }

public static class EthnicityCatalogue
{
    private static readonly Dictionary<Ethnicity, (EthnicGroup Group, string Label)> Entries = new()
    {
        [Ethnicity.NotKnown] = (EthnicGroup.NotKnown, "Not known"),
        [Ethnicity.AsianBangladeshi] = (EthnicGroup.Asian, "Asian or Asian British: Bangladeshi"),
        [Ethnicity.AsianChinese] = (EthnicGroup.Asian, "Asian or Asian British: Chinese"),
        [Ethnicity.AsianIndian] = (EthnicGroup.Asian, "Asian or Asian British: Indian"),
        [Ethnicity.AsianPakistani] = (EthnicGroup.Asian, "Asian or Asian British: Pakistani"),
        [Ethnicity.AsianOther] = (EthnicGroup.Asian, "Asian or Asian British: Any other Asian background"),
        [Ethnicity.BlackAfrican] = (EthnicGroup.Black, "Black, Black British, Caribbean or African: African"),
        [Ethnicity.BlackCaribbean] = (EthnicGroup.Black, "Black, Black British, Caribbean or African: Caribbean"),
        [Ethnicity.BlackOther] = (EthnicGroup.Black, "Black, Black British, Caribbean or African: Any other Black, Black British or Caribbean background"),
        [Ethnicity.MixedWhiteAndAsian] = (EthnicGroup.Mixed, "Mixed or Multiple ethnic groups: White and Asian"),
        [Ethnicity.MixedWhiteAndBlackAfrican] = (EthnicGroup.Mixed, "Mixed or Multiple ethnic groups: White and Black African"),
        [Ethnicity.MixedWhiteAndBlackCaribbean] = (EthnicGroup.Mixed, "Mixed or Multiple ethnic groups: White and Black Caribbean"),
        [Ethnicity.MixedOther] = (EthnicGroup.Mixed, "Mixed or Multiple ethnic groups: Any other Mixed or Multiple background"),
        [Ethnicity.WhiteBritish] = (EthnicGroup.White, "White: English, Welsh, Scottish, Northern Irish or British"),
        [Ethnicity.WhiteIrish] = (EthnicGroup.White, "White: Irish"),
        [Ethnicity.WhiteGypsyOrIrishTraveller] = (EthnicGroup.White, "White: Gypsy or Irish Traveller"),
        [Ethnicity.WhiteRoma] = (EthnicGroup.White, "White: Roma"),
        [Ethnicity.WhiteOther] = (EthnicGroup.White, "White: Any other White background"),
        [Ethnicity.OtherArab] = (EthnicGroup.Other, "Other ethnic group: Arab"),
        [Ethnicity.OtherAnyOther] = (EthnicGroup.Other, "Other ethnic group: Any other ethnic group"),
    };

    public static IReadOnlyCollection<Ethnicity> All => Entries.Keys;

    public static string Label(Ethnicity ethnicity) => Entries[ethnicity].Label;

    public static EthnicGroup Group(Ethnicity ethnicity) => Entries[ethnicity].Group;

    /// <summary>The groups the SafeLives "Black, Asian or racially minoritised" measure counts by default.</summary>
    public static IReadOnlyList<Ethnicity> MinoritisedByDefault { get; } = Entries
        .Where(e => e.Value.Group is EthnicGroup.Asian or EthnicGroup.Black or EthnicGroup.Mixed or EthnicGroup.Other)
        .Select(e => e.Key)
        .ToList();

    public static bool TryParse(string text, out Ethnicity ethnicity)
    {
        foreach (var (key, value) in Entries)
        {
            if (string.Equals(value.Label, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                ethnicity = key;
                return true;
            }
        }
        ethnicity = Ethnicity.NotKnown;
        return false;
    }
}
