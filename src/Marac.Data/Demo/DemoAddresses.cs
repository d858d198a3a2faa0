namespace Marac.Data.Demo;

/// <summary>Plainly invented addresses, postcodes and phone numbers (Ofcom's drama ranges).</summary>
internal static class DemoAddresses
{
    private static readonly string[] Streets =
    [
        "Example Road", "Sample Street", "Placeholder Avenue", "Demo Close", "Fictional Lane", "Testbed Grove",
        "Imaginary Way", "Notional Crescent", "Mockingfield Drive", "Pretence Place", "Hypothetical Row",
        "Specimen Terrace", "Prototype Walk", "Dummy Lane", "Illustration Road", "Madeup Mews", "Sketch Street",
        "Invention Gardens", "Draft Avenue", "Makebelieve Court",
    ];

    private const string PostcodeLetters = "ABDEFGHJLNPQRSTUWXYZ";

    public static (string Address, string Postcode) NewAddress(DemoRandom random)
    {
        var flat = random.Chance(0.2) ? $"Flat {random.Between(1, 24)}, " : "";
        var address = $"{flat}{random.Between(1, 180)} {random.Pick(Streets)}, Coventry";
        var postcode = $"CV{random.Between(1, 7)} 9Z{PostcodeLetters[random.Next(PostcodeLetters.Length)]}";
        return (address, postcode);
    }

    /// <summary>A mobile number in the range Ofcom keeps for drama (07700 900000 to 900999).</summary>
    public static string NewMobile(DemoRandom random) => $"07700 900{random.Between(0, 999):D3}";

    /// <summary>A landline in the range Ofcom keeps for drama (01632 960000 to 960999).</summary>
    public static string NewLandline(DemoRandom random) => $"01632 960{random.Between(0, 999):D3}";
}
