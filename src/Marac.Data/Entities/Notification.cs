namespace Marac.Data.Entities;

/// <summary>An in-app message to one member of staff. Holds a link and a date, never case details.</summary>
public class Notification
{
    public int Id { get; set; }
    public int StaffUserId { get; set; }
    public required string Text { get; set; }
    public required string Link { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}
