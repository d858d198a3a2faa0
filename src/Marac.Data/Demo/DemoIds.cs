namespace Marac.Data.Demo;

/// <summary>Database ids of the rows every demo referral and meeting points at.</summary>
internal sealed record DemoIds(IReadOnlyDictionary<string, int> Agencies, IReadOnlyDictionary<Guid, int> Users, int InstrumentId)
{
    public int CoordinatorId => Users[DemoPartnership.CoordinatorObjectId];

    public int ChairId => Users[DemoPartnership.ChairObjectId];
}
