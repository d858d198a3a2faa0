namespace Marac.Data.Demo;

/// <summary>Names of the demo partnership's agencies (Coventry's MARAC partners, plus the MARAC team).</summary>
public static class DemoAgencyNames
{
    public const string MaracTeam = "Coventry MARAC team";
    public const string Police = "West Midlands Police";
    public const string CoventryHaven = "Coventry Haven IDVA service";
    public const string Panahghar = "Panahghar IDVA service";
    public const string ValleyHouse = "Valley House";
    public const string Uhcw = "University Hospitals Coventry and Warwickshire";
    public const string MentalHealthTrust = "Coventry and Warwickshire Partnership NHS Trust";
    public const string GpPractices = "GP practices (IRIS)";
    public const string ChildrensServices = "Coventry Children's Services";
    public const string Mash = "Coventry MASH";
    public const string AdultSocialCare = "Adult Social Care";
    public const string Housing = "Coventry Housing";
    public const string Probation = "Probation Service (West Midlands)";
    public const string Relate = "Relate Choose2Change";
    public const string Cafcass = "CAFCASS";
    public const string RefugeeCentre = "Coventry Refugee and Migrant Centre";
    public const string Schools = "Coventry schools (education safeguarding)";
    public const string SubstanceMisuse = "Coventry substance misuse service";
}
