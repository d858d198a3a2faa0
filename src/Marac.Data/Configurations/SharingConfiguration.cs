using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marac.Data.Configurations;

internal sealed class LawfulBasisConfiguration : IEntityTypeConfiguration<LawfulBasis>
{
    public void Configure(EntityTypeBuilder<LawfulBasis> b)
    {
        b.Property(l => l.Name).HasMaxLength(FieldLengths.Short);
        b.Property(l => l.Article6Basis).HasMaxLength(FieldLengths.Short);
        b.Property(l => l.Article9Condition).HasMaxLength(FieldLengths.Short);
        b.Property(l => l.Schedule1Condition).HasMaxLength(FieldLengths.Short);
        b.Property(l => l.Notes).HasMaxLength(FieldLengths.Narrative);
        b.Property(l => l.Version).IsConcurrencyToken();
    }
}

internal sealed class ConfidentialityStatementConfiguration : IEntityTypeConfiguration<ConfidentialityStatement>
{
    public void Configure(EntityTypeBuilder<ConfidentialityStatement> b)
    {
        b.Property(c => c.Text).HasMaxLength(FieldLengths.Narrative);
        b.HasIndex(c => c.Number).IsUnique();
    }
}

internal sealed class AccessGrantConfiguration : IEntityTypeConfiguration<AccessGrant>
{
    public void Configure(EntityTypeBuilder<AccessGrant> b)
    {
        b.Property(g => g.Purpose).HasMaxLength(FieldLengths.Short);
        b.Property(g => g.Reason).HasMaxLength(FieldLengths.Narrative);
        b.Property(g => g.RevokedReason).HasMaxLength(FieldLengths.Narrative);
        b.HasOne(g => g.Agency).WithMany().HasForeignKey(g => g.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(g => g.StaffUser).WithMany().HasForeignKey(g => g.StaffUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(g => g.Meeting).WithMany().HasForeignKey(g => g.MeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Referral>().WithMany().HasForeignKey(g => g.ReferralId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(g => g.LawfulBasis).WithMany().HasForeignKey(g => g.LawfulBasisId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(g => new { g.AgencyId, g.ValidTo });
        b.HasIndex(g => new { g.StaffUserId, g.ValidTo });
        b.HasIndex(g => g.MeetingId);
        b.HasIndex(g => g.ReferralId);
        b.Property(g => g.Version).IsConcurrencyToken();
    }
}

internal sealed class AccessGrantChangeConfiguration : IEntityTypeConfiguration<AccessGrantChange>
{
    public void Configure(EntityTypeBuilder<AccessGrantChange> b)
    {
        b.Property(c => c.Reason).HasMaxLength(FieldLengths.Narrative);
        b.HasOne<AccessGrant>().WithMany().HasForeignKey(c => c.AccessGrantId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => c.AccessGrantId);
    }
}

internal sealed class CaseExclusionConfiguration : IEntityTypeConfiguration<CaseExclusion>
{
    public void Configure(EntityTypeBuilder<CaseExclusion> b)
    {
        b.Property(e => e.Reason).HasMaxLength(FieldLengths.Narrative);
        b.Property(e => e.RemovedReason).HasMaxLength(FieldLengths.Narrative);
        b.HasOne<Referral>().WithMany().HasForeignKey(e => e.ReferralId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(e => e.StaffUser).WithMany().HasForeignKey(e => e.StaffUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.Agency).WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.ReferralId);
        b.HasIndex(e => e.StaffUserId);
        b.HasIndex(e => e.AgencyId);
    }
}
