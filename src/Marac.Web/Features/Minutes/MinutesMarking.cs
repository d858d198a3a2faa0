namespace Marac.Web.Features.Minutes;

public static class MinutesMarking
{
    /// <summary>The marking on every page of every copy of the minutes.</summary>
    public const string Text =
        "OFFICIAL-SENSITIVE: strictly confidential, not to be copied or shared without the agreement of the agencies concerned";
}
