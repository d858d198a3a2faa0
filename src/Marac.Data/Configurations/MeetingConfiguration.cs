using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marac.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.Property(m => m.Venue).HasMaxLength(FieldLengths.Short);
        b.Property(m => m.OnlineLink).HasMaxLength(FieldLengths.Address);
        b.Property(m => m.ConfidentialityStatementVersion).HasMaxLength(FieldLengths.Reference);
        b.Ignore(m => m.Date);
        b.HasIndex(m => m.StartsAt);
        b.HasOne(m => m.ChairUser).WithMany().HasForeignKey(m => m.ChairUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.AgendaItems).WithOne(i => i.Meeting).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(m => m.InvitedAgencies).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => m.SeriesId);
        b.HasOne<ConfidentialityStatement>().WithMany().HasForeignKey(m => m.ConfidentialityStatementId).OnDelete(DeleteBehavior.Restrict);
        b.Property(m => m.Version).IsConcurrencyToken();
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.Property(i => i.StatusReason).HasMaxLength(FieldLengths.Narrative);
        b.Property(i => i.AddedReason).HasMaxLength(FieldLengths.Narrative);
        b.Property(i => i.InformationSummary).HasMaxLength(FieldLengths.Narrative);
        b.Property(i => i.RiskSummary).HasMaxLength(FieldLengths.Narrative);
        // A case is heard at exactly one meeting, and listed at no more than one at a time.
        b.HasIndex(i => i.ReferralId).IsUnique().HasFilter("Status = 1").HasDatabaseName("UX_AgendaItems_HeardOnce");
        b.HasIndex(i => i.ReferralId).IsUnique().HasFilter("Status = 0").HasDatabaseName("UX_AgendaItems_ListedOnce");
        b.HasIndex(i => new { i.MeetingId, i.Status });
        // A case's own agenda items (access checks on every request, the agenda builder) by the case, not by every meeting.
        b.HasIndex(i => new { i.ReferralId, i.Status, i.MeetingId }).HasDatabaseName("IX_AgendaItems_ReferralId_Status_MeetingId");
        b.Property(i => i.Version).IsConcurrencyToken();
    }
}

internal sealed class MeetingAgencyConfiguration : IEntityTypeConfiguration<MeetingAgency>
{
    public void Configure(EntityTypeBuilder<MeetingAgency> b)
    {
        b.HasKey(a => new { a.MeetingId, a.AgencyId });
        b.HasOne(a => a.Agency).WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgendaChangeConfiguration : IEntityTypeConfiguration<AgendaChange>
{
    public void Configure(EntityTypeBuilder<AgendaChange> b)
    {
        b.Property(c => c.Reason).HasMaxLength(FieldLengths.Narrative);
        b.HasOne<Meeting>().WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Referral>().WithMany().HasForeignKey(c => c.ReferralId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.MeetingId, c.PublishedAt });
    }
}

internal sealed class ResearchReturnConfiguration : IEntityTypeConfiguration<ResearchReturn>
{
    public void Configure(EntityTypeBuilder<ResearchReturn> b)
    {
        b.Property(r => r.SharedFacts).HasMaxLength(FieldLengths.Narrative);
        b.Property(r => r.SharedOpinion).HasMaxLength(FieldLengths.Narrative);
        b.Property(r => r.NotSharedNote).HasMaxLength(FieldLengths.Narrative);
        b.HasOne<Meeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Referral>().WithMany().HasForeignKey(r => r.ReferralId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.MeetingId, r.ReferralId, r.AgencyId }).IsUnique();
        b.Property(r => r.Version).IsConcurrencyToken();
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.Text).HasMaxLength(FieldLengths.Short);
        b.Property(n => n.Link).HasMaxLength(FieldLengths.Short);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(n => n.StaffUserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(n => new { n.StaffUserId, n.ReadAt });
    }
}

internal sealed class AuditEventConfiguration
    : IEntityTypeConfiguration<AuditEvent>, IEntityTypeConfiguration<AuditCheckpoint>, IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.HasIndex(e => e.Sequence).IsUnique();
        b.HasIndex(e => new { e.ReferralId, e.OccurredAt });
        b.Property(e => e.UserDisplay).HasMaxLength(FieldLengths.Short);
        b.Property(e => e.EntityType).HasMaxLength(FieldLengths.Name);
        b.Property(e => e.EntityId).HasMaxLength(FieldLengths.Name);
        b.Property(e => e.Detail).HasMaxLength(FieldLengths.Narrative);
        b.Property(e => e.WithheldCategories).HasMaxLength(FieldLengths.Short);
        b.Property(e => e.Outcome).HasMaxLength(FieldLengths.Short);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.Property(e => e.KeyId).HasMaxLength(FieldLengths.Name);
    }

    public void Configure(EntityTypeBuilder<AuditCheckpoint> b)
    {
        b.Property(c => c.LastPurgedHash).HasMaxLength(64);
        b.Property(c => c.KeyId).HasMaxLength(FieldLengths.Name);
        b.Property(c => c.Signature).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        b.Property(h => h.Id).ValueGeneratedNever();
        b.Property(h => h.Hash).HasMaxLength(64);
        b.HasData(new AuditChainHead { Id = AuditChainHead.SingleRowId, Sequence = 0, Hash = Marac.Data.Auditing.AuditHash.Genesis });
    }
}
