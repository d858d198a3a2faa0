using System.ComponentModel.DataAnnotations;
using Marac.Data.Configurations;

using Marac.Web.Infrastructure.GovUk;

namespace Marac.Web.Features.Meetings;

public enum MeetingRepeat
{
    [Display(Name = "Just this meeting")] OneOff = 0,
    [Display(Name = "Every week")] Weekly = 1,
    [Display(Name = "Every 2 weeks")] Fortnightly = 2,
    [Display(Name = "Every month")] Monthly = 3,
}

/// <summary>What the schedule-a-meeting form posts; numbers and times stay text so what was typed is shown again.</summary>
public sealed class MeetingForm
{
    [Display(Name = "Date of the meeting")]
    [Required(ErrorMessage = "Enter the date of the meeting")]
    public DateOnly? Date { get; set; }

    public string? StartTime { get; set; } = "9:30am";

    [Required(ErrorMessage = "Select how often the meeting happens")]
    public MeetingRepeat? Repeat { get; set; } = MeetingRepeat.OneOff;

    public string? NumberOfMeetings { get; set; }

    [StringLength(FieldLengths.Short, ErrorMessage = "Venue must be 200 characters or fewer")]
    [SingleLine]
    public string? Venue { get; set; }

    [StringLength(FieldLengths.Address, ErrorMessage = "Online meeting link must be 500 characters or fewer")]
    public string? OnlineLink { get; set; }

    public int? ChairUserId { get; set; }

    public List<int> InvitedAgencyIds { get; set; } = [];

    public string? CaseCapacity { get; set; } = "20";

    public string? MinutesPerCase { get; set; } = "12";
}
