using Marac.Data.Entities;

namespace Marac.Data.Demo;

/// <summary>A demo member of staff, as a development sign-in page lists them.</summary>
public sealed record DemoUser(
    Guid ObjectId, string DisplayName, string Email, string AgencyName, AppRoles Roles, string Description);

/// <summary>
/// The fictional Coventry demo partnership: its development tenant and the staff a developer can
/// sign in as. Names and e-mail addresses are invented.
/// </summary>
public static class DemoPartnership
{
    public const string PartnershipName = "Coventry (demo) MARAC partnership";

    /// <summary>The Entra tenant the demo staff belong to in development.</summary>
    public static readonly Guid DevelopmentTenantId = new("5eed0000-de70-4000-8000-000000000000");

    public static readonly Guid CoordinatorObjectId = new("5eed0000-0000-4000-8000-000000000001");
    public static readonly Guid ChairObjectId = new("5eed0000-0000-4000-8000-000000000002");
    public static readonly Guid PoliceRepresentativeObjectId = new("5eed0000-0000-4000-8000-000000000003");
    public static readonly Guid IdvaRepresentativeObjectId = new("5eed0000-0000-4000-8000-000000000004");
    public static readonly Guid HealthRepresentativeObjectId = new("5eed0000-0000-4000-8000-000000000005");
    public static readonly Guid ChildrensServicesRepresentativeObjectId = new("5eed0000-0000-4000-8000-000000000006");
    public static readonly Guid HousingRepresentativeObjectId = new("5eed0000-0000-4000-8000-000000000007");
    public static readonly Guid CafcassRepresentativeObjectId = new("5eed0000-0000-4000-8000-000000000008");
    public static readonly Guid PoliceReferrerObjectId = new("5eed0000-0000-4000-8000-000000000009");
    public static readonly Guid HealthReferrerObjectId = new("5eed0000-0000-4000-8000-00000000000a");
    public static readonly Guid PartnershipLeadObjectId = new("5eed0000-0000-4000-8000-00000000000b");
    public static readonly Guid AdministratorObjectId = new("5eed0000-0000-4000-8000-00000000000c");

    private const string Domain = "coventry-demo.example";

    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new(CoordinatorObjectId, "Cara Exampleton", $"cara.exampleton@{Domain}", DemoAgencyNames.MaracTeam,
            AppRoles.Coordinator, "Coordinator — runs the MARAC: referrals, agendas, minutes and actions"),
        new(ChairObjectId, "Harriet Sampleford", $"harriet.sampleford@{Domain}", DemoAgencyNames.Police,
            AppRoles.Chair, "Chair — a police detective inspector who chairs the meetings"),
        new(PoliceRepresentativeObjectId, "Owen Testwood", $"owen.testwood@{Domain}", DemoAgencyNames.Police,
            AppRoles.AgencyRepresentative, "Police representative — researches and shares for West Midlands Police"),
        new(IdvaRepresentativeObjectId, "Amira Mockridge", $"amira.mockridge@{Domain}", DemoAgencyNames.CoventryHaven,
            AppRoles.AgencyRepresentative, "IDVA — gives the victim's view for Coventry Haven"),
        new(HealthRepresentativeObjectId, "Kwame Sampleby", $"kwame.sampleby@{Domain}", DemoAgencyNames.Uhcw,
            AppRoles.AgencyRepresentative, "Health representative — safeguarding lead at the hospital trust"),
        new(ChildrensServicesRepresentativeObjectId, "Beata Trialsworth", $"beata.trialsworth@{Domain}", DemoAgencyNames.ChildrensServices,
            AppRoles.AgencyRepresentative, "Children's services representative"),
        new(HousingRepresentativeObjectId, "Liam Mockford", $"liam.mockford@{Domain}", DemoAgencyNames.Housing,
            AppRoles.AgencyRepresentative, "Housing representative"),
        new(CafcassRepresentativeObjectId, "Grace Demowick", $"grace.demowick@{Domain}", DemoAgencyNames.Cafcass,
            AppRoles.AgencyRepresentative, "CAFCASS representative — serves only children, leaves after the cases with children"),
        new(PoliceReferrerObjectId, "Tom Testbury", $"tom.testbury@{Domain}", DemoAgencyNames.Police,
            AppRoles.Referrer, "Referrer — a police officer who makes referrals"),
        new(HealthReferrerObjectId, "Mei Lin Exampleby", $"meilin.exampleby@{Domain}", DemoAgencyNames.Uhcw,
            AppRoles.Referrer, "Referrer — a hospital nurse who makes referrals"),
        new(PartnershipLeadObjectId, "Rowan Demoford", $"rowan.demoford@{Domain}", DemoAgencyNames.MaracTeam,
            AppRoles.PartnershipLead, "Partnership lead — reads the statistics and governance reports"),
        new(AdministratorObjectId, "Sam Adminton", $"sam.adminton@{Domain}", DemoAgencyNames.MaracTeam,
            AppRoles.Administrator, "Administrator — manages staff access, agencies and settings"),
    ];

    /// <summary>Fictional refuges and safe houses, one per line, for the redactor to mask.</summary>
    public const string SensitivePlaceNames = "Valley House refuge\nMeadowbank Lodge refuge\nHarbour View safe house\nAsha Nivas refuge";
}
