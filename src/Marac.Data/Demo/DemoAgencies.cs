using Marac.Data.Entities;

namespace Marac.Data.Demo;

/// <summary>One demo agency: its SafeLives source category, the domain of its staff's e-mail and when it signed the agreement.</summary>
internal sealed record DemoAgency(
    string Name, ReferralSource Category, string EmailDomain, DateOnly AgreementSigned, bool ServesOnlyChildren = false);

internal static class DemoAgencies
{
    private static readonly DateOnly Founding = new(2015, 6, 1);

    public static IReadOnlyList<DemoAgency> All { get; } =
    [
        new(DemoAgencyNames.MaracTeam, ReferralSource.Other, "marac.coventry-demo.example", Founding),
        new(DemoAgencyNames.Police, ReferralSource.Police, "police.coventry-demo.example", Founding),
        new(DemoAgencyNames.CoventryHaven, ReferralSource.Idva, "haven.coventry-demo.example", Founding),
        new(DemoAgencyNames.Panahghar, ReferralSource.Idva, "panahghar.coventry-demo.example", Founding),
        new(DemoAgencyNames.ValleyHouse, ReferralSource.VoluntarySector, "valleyhouse.coventry-demo.example", Founding),
        new(DemoAgencyNames.Uhcw, ReferralSource.SecondaryCare, "uhcw.coventry-demo.example", Founding),
        new(DemoAgencyNames.MentalHealthTrust, ReferralSource.MentalHealth, "cwpt.coventry-demo.example", Founding),
        new(DemoAgencyNames.GpPractices, ReferralSource.PrimaryCare, "gp.coventry-demo.example", new(2016, 4, 1)),
        new(DemoAgencyNames.ChildrensServices, ReferralSource.ChildrensSocialCare, "childrens.coventry-demo.example", Founding),
        new(DemoAgencyNames.Mash, ReferralSource.Mash, "mash.coventry-demo.example", Founding),
        new(DemoAgencyNames.AdultSocialCare, ReferralSource.AdultSocialCare, "adults.coventry-demo.example", Founding),
        new(DemoAgencyNames.Housing, ReferralSource.Housing, "housing.coventry-demo.example", Founding),
        new(DemoAgencyNames.Probation, ReferralSource.Probation, "probation.coventry-demo.example", Founding),
        new(DemoAgencyNames.Relate, ReferralSource.VoluntarySector, "relate.coventry-demo.example", new(2017, 9, 1)),
        new(DemoAgencyNames.Cafcass, ReferralSource.Other, "cafcass.coventry-demo.example", Founding, ServesOnlyChildren: true),
        new(DemoAgencyNames.RefugeeCentre, ReferralSource.VoluntarySector, "crmc.coventry-demo.example", new(2018, 3, 1)),
        new(DemoAgencyNames.Schools, ReferralSource.Education, "schools.coventry-demo.example", new(2016, 9, 1), ServesOnlyChildren: true),
        new(DemoAgencyNames.SubstanceMisuse, ReferralSource.SubstanceMisuse, "recovery.coventry-demo.example", new(2016, 1, 1)),
    ];

    public static DemoAgency Get(string name) => All.Single(a => a.Name == name);

    /// <summary>
    /// Relative likelihood of each agency referring a case in a SafeLives year (starting July): police the
    /// largest share but falling; IDVAs and health partners rising.
    /// </summary>
    public static IReadOnlyList<(string Agency, double Weight)> ReferralWeights(int year)
    {
        var t = Math.Clamp((year - 2015) / 6.0, 0, 1);
        double Lerp(double from, double to) => from + (to - from) * t;
        return
        [
            (DemoAgencyNames.Police, Lerp(68, 46)),
            (DemoAgencyNames.CoventryHaven, Lerp(6, 12)),
            (DemoAgencyNames.Panahghar, Lerp(2, 5)),
            (DemoAgencyNames.Uhcw, Lerp(4, 9)),
            (DemoAgencyNames.MentalHealthTrust, Lerp(2, 6)),
            (DemoAgencyNames.GpPractices, Lerp(0.5, 4)),
            (DemoAgencyNames.ChildrensServices, Lerp(5, 5)),
            (DemoAgencyNames.Mash, Lerp(2, 3)),
            (DemoAgencyNames.AdultSocialCare, Lerp(1, 1.5)),
            (DemoAgencyNames.Housing, Lerp(1.5, 2.5)),
            (DemoAgencyNames.Probation, Lerp(1.5, 1.5)),
            (DemoAgencyNames.ValleyHouse, Lerp(1.5, 2)),
            (DemoAgencyNames.Relate, Lerp(0, 0.6)),
            (DemoAgencyNames.RefugeeCentre, Lerp(0.2, 1)),
            (DemoAgencyNames.SubstanceMisuse, Lerp(0.5, 1)),
            (DemoAgencyNames.Schools, Lerp(0.2, 0.6)),
            (DemoAgencyNames.Cafcass, Lerp(0.2, 0.3)),
        ];
    }
}
