namespace Marac.Data.Configurations;

/// <summary>Column lengths, shared with the forms' validation so the two cannot drift apart.</summary>
public static class FieldLengths
{
    public const int Name = 100;
    public const int Short = 200;
    public const int Contact = 320;
    public const int Address = 500;
    public const int Postcode = 10;
    public const int Phone = 30;
    public const int Narrative = 4000;
    public const int Reference = 30;
}
