using System.ComponentModel.DataAnnotations;

namespace Marac.Web.Tests.FrontEnd;

public enum TestColour
{
    Red = 1,
    [Display(Name = "Sea green")]
    SeaGreen = 2,
    NotKnown = 3,
}

public sealed class TestPerson
{
    [Display(Name = "First names")]
    public string? GivenName { get; set; }

    public DateOnly? DateOfBirth { get; set; }
}

public sealed class TestForm
{
    public string? LastName { get; set; }

    public string? Notes { get; set; }

    public TestColour? Colour { get; set; }

    public List<TestColour> Colours { get; set; } = [];

    public bool Agrees { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public DateOnly ReferralDate { get; set; }

    [Required(ErrorMessage = "Enter the date of the meeting")]
    public DateOnly MeetingDate { get; set; }

    public TestPerson Victim { get; set; } = new();

    public List<TestPerson> Children { get; set; } = [new()];
}
