using Marac.Data.Demo;

namespace Marac.BrowserTests.Infrastructure;

/// <summary>The demo partnership's people the journeys sign in as, by the names the sign-in page lists.</summary>
public static class DemoStaff
{
    public static DemoUser Coordinator => By(DemoPartnership.CoordinatorObjectId);

    public static DemoUser Chair => By(DemoPartnership.ChairObjectId);

    public static DemoUser PoliceReferrer => By(DemoPartnership.PoliceReferrerObjectId);

    public static DemoUser PartnershipLead => By(DemoPartnership.PartnershipLeadObjectId);

    public static DemoUser PoliceRepresentative => By(DemoPartnership.PoliceRepresentativeObjectId);

    public static DemoUser Administrator => By(DemoPartnership.AdministratorObjectId);

    private static DemoUser By(Guid objectId) => DemoPartnership.Users.Single(u => u.ObjectId == objectId);
}
