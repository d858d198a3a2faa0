using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marac.Data.Configurations;

internal sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> b)
    {
        b.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.StaffUser).WithMany().HasForeignKey(a => a.StaffUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Agency).WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ConfidentialityStatement>().WithMany().HasForeignKey(a => a.SignedStatementId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.MeetingId, a.StaffUserId }).IsUnique();
        b.Property(a => a.Version).IsConcurrencyToken();
    }
}

internal sealed class MeetingApologyConfiguration : IEntityTypeConfiguration<MeetingApology>
{
    public void Configure(EntityTypeBuilder<MeetingApology> b)
    {
        b.Property(a => a.Note).HasMaxLength(FieldLengths.Short);
        b.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.Agency).WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.MeetingId, a.AgencyId }).IsUnique();
    }
}

internal sealed class MeetingActionConfiguration : IEntityTypeConfiguration<MeetingAction>
{
    public const int DescriptionLength = 2000;

    public void Configure(EntityTypeBuilder<MeetingAction> b)
    {
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Description).HasMaxLength(DescriptionLength);
        b.Property(a => a.LinkedRisk).HasMaxLength(FieldLengths.Short);
        b.Property(a => a.StatusNote).HasMaxLength(FieldLengths.Narrative);
        b.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Referral>().WithMany().HasForeignKey(a => a.ReferralId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.OwnerAgency).WithMany().HasForeignKey(a => a.OwnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.MeetingId, a.ReferralId });
        b.HasIndex(a => new { a.OwnerAgencyId, a.Status });
        b.HasIndex(a => a.ReferralId);
        b.Property(a => a.Version).IsConcurrencyToken();
    }
}

internal sealed class MeetingMinutesConfiguration : IEntityTypeConfiguration<MeetingMinutes>
{
    public void Configure(EntityTypeBuilder<MeetingMinutes> b)
    {
        b.Property(m => m.CorrectionReason).HasMaxLength(FieldLengths.Narrative);
        b.HasOne<Meeting>().WithMany().HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.MeetingId, m.Number }).IsUnique();
        b.Property(m => m.Version).IsConcurrencyToken();
    }
}
