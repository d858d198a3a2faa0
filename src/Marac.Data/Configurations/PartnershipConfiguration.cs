using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marac.Data.Configurations;

internal sealed class PartnershipSettingsConfiguration : IEntityTypeConfiguration<PartnershipSettings>
{
    public void Configure(EntityTypeBuilder<PartnershipSettings> b)
    {
        b.Property(s => s.PartnershipName).HasMaxLength(FieldLengths.Short);
        b.Property(s => s.MinoritisedPopulationPercent).HasPrecision(5, 2);
        b.Property(s => s.MaracIdvaFte).HasPrecision(6, 2);
        b.Property(s => s.SensitivePlaceNames).HasMaxLength(FieldLengths.Narrative);
        b.Property(s => s.PartnerSources).HasMaxLength(FieldLengths.Short);
        b.Property(s => s.MinoritisedEthnicities).HasMaxLength(FieldLengths.Address);
        b.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class SubjectAccessRequestConfiguration : IEntityTypeConfiguration<SubjectAccessRequest>
{
    public void Configure(EntityTypeBuilder<SubjectAccessRequest> b)
    {
        b.Property(r => r.Reference).HasMaxLength(FieldLengths.Reference);
        b.Property(r => r.ExtensionReason).HasMaxLength(FieldLengths.Short);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => r.Reference).IsUnique();
        b.HasIndex(r => r.DueOn);
    }
}

internal sealed class BankHolidayConfiguration : IEntityTypeConfiguration<BankHoliday>
{
    public void Configure(EntityTypeBuilder<BankHoliday> b)
    {
        b.Property(h => h.Name).HasMaxLength(FieldLengths.Short);
        b.HasIndex(h => h.Date).IsUnique();
    }
}

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> b)
    {
        b.Property(a => a.Name).HasMaxLength(FieldLengths.Short);
        b.HasIndex(a => a.Name).IsUnique();
        b.HasOne(a => a.LawfulBasis).WithMany().HasForeignKey(a => a.LawfulBasisId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Version).IsConcurrencyToken();
    }
}

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(FieldLengths.Short);
        b.Property(u => u.Email).HasMaxLength(FieldLengths.Contact);
        b.HasIndex(u => new { u.TenantId, u.ObjectId }).IsUnique();
        b.HasOne(u => u.Agency).WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(u => u.Version).IsConcurrencyToken();
    }
}
