namespace Marac.Data.Entities;

public class StaffUser
{
    public int Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid ObjectId { get; set; }
    public required string DisplayName { get; set; }
    public required string Email { get; set; }
    public int? AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public AppRoles Roles { get; set; }
    public StaffUserStatus Status { get; set; }
    public DateTime FirstSeenAt { get; set; }
    public DateTime? LastSignedInAt { get; set; }
    public DateTime? LeftAt { get; set; }
    /// <summary>Sessions issued before this instant are no longer accepted (set on sign-out and when someone leaves).</summary>
    public DateTime? SessionsRevokedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool HasRole(AppRoles role) => Status == StaffUserStatus.Active && (Roles & role) == role;
}
