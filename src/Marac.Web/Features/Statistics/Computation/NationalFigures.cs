namespace Marac.Web.Features.Statistics.Computation;

/// <summary>SafeLives national MARAC figures, 12 months to September 2024 (UK).</summary>
public static class NationalFigures
{
    public const string Source = "SafeLives national MARAC data, 12 months to September 2024 (UK)";
    public const int Cases = 119_985;
    public const double CasesPer10000AdultFemales = 47;
    public const double RepeatPercent = 31;
    public const double PartnerAgencyPercent = 36.1;
    public const int Children = 148_270;
    public const double MinoritisedPercent = 14.1;
    public const double LgbtPercent = 1.6;
    public const double DisabledPercent = 10.1;
    public const double MalePercent = 6.4;
    public const double Aged16To17Percent = 1.3;
    public const int Aged16To17 = 1_568;
    public const int PerpetratorsAged17OrUnder = 1_425;

    /// <summary>Cases a year an IDVA can carry, and an administrator support.</summary>
    public const int CasesPerIdvaFte = 100;
    public const int CasesPerAdministratorFte = 400;

    /// <summary>SafeLives' recommended cases a year per 10,000 adult (16+) women.</summary>
    public const int RecommendedCasesPer10000AdultFemales = 40;
}
