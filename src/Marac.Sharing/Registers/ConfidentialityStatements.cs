namespace Marac.Sharing.Registers;

public static class ConfidentialityStatements
{
    public const string FirstVersion =
        "Information shared at this MARAC is confidential. It is shared only to keep the victim and their children safe " +
        "and to reduce the risk of serious harm. It must not be shared outside this meeting, except with the agreement " +
        "of the agency that provided it or where the law requires. Nothing discussed here may be disclosed to the " +
        "perpetrator. Everyone attending agrees to this statement before any case is discussed.";
}
