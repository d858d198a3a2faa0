using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marac.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(p => p.GivenName).HasMaxLength(FieldLengths.Name);
        b.Property(p => p.FamilyName).HasMaxLength(FieldLengths.Name);
        b.Property(p => p.NameKey).HasMaxLength(FieldLengths.Name * 2 + 1);
        b.Property(p => p.PreferredLanguage).HasMaxLength(FieldLengths.Name);
        b.Property(p => p.ImmigrationStatus).HasMaxLength(FieldLengths.Short);
        b.Property(p => p.Address).HasMaxLength(FieldLengths.Address);
        b.Property(p => p.Postcode).HasMaxLength(FieldLengths.Postcode);
        b.Property(p => p.Phone).HasMaxLength(FieldLengths.Phone);
        b.Property(p => p.SafeTimesToCall).HasMaxLength(FieldLengths.Short);
        b.Ignore(p => p.FullName);
        b.HasIndex(p => new { p.DateOfBirth, p.NameKey });
        b.HasIndex(p => p.NameKey);
        b.HasIndex(p => p.SubjectId);
        b.HasMany(p => p.Aliases).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.Property(p => p.Version).IsConcurrencyToken();
    }
}

internal sealed class PersonAliasConfiguration : IEntityTypeConfiguration<PersonAlias>
{
    public void Configure(EntityTypeBuilder<PersonAlias> b)
    {
        b.Property(a => a.Name).HasMaxLength(FieldLengths.Name * 2);
        b.Property(a => a.NameKey).HasMaxLength(FieldLengths.Name * 2 + 1);
        b.HasIndex(a => a.NameKey);
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.Property(r => r.Reference).HasMaxLength(FieldLengths.Reference);
        b.HasIndex(r => r.Reference).IsUnique();
        b.HasIndex(r => r.SubmissionToken).IsUnique();
        b.HasIndex(r => new { r.Status, r.ReferralDate });
        b.HasIndex(r => r.ReferralDate);
        b.Property(r => r.ReferrerName).HasMaxLength(FieldLengths.Name);
        b.Property(r => r.ReferrerPhone).HasMaxLength(FieldLengths.Phone);
        b.Property(r => r.ReferrerEmail).HasMaxLength(FieldLengths.Contact);
        foreach (var narrative in new[]
                 {
                     nameof(Referral.ProfessionalJudgementReasons), nameof(Referral.RiskNarrative),
                     nameof(Referral.ConsentNotGivenReason), nameof(Referral.SharingWithoutConsentDecision),
                     nameof(Referral.VictimFears), nameof(Referral.SafeToTalkTo), nameof(Referral.NotSafeToTalkTo),
                     nameof(Referral.PreviousOtherMarac), nameof(Referral.ReturnReason), nameof(Referral.RepeatOverrideReason),
                     nameof(Referral.LegalHoldReason),
                 })
        {
            b.Property(narrative).HasMaxLength(FieldLengths.Narrative);
        }
        b.HasOne(r => r.Victim).WithMany().HasForeignKey(r => r.VictimId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.CreatedByUser).WithMany().HasForeignKey(r => r.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.ReferringAgencies).WithOne().HasForeignKey(a => a.ReferralId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Perpetrators).WithOne().HasForeignKey(p => p.ReferralId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Children).WithOne().HasForeignKey(c => c.ReferralId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.RiskAssessment).WithOne().HasForeignKey<RiskAssessment>(a => a.ReferralId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.AgendaItems).WithOne(i => i.Referral).HasForeignKey(i => i.ReferralId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.Version).IsConcurrencyToken();
    }
}

internal sealed class ReferralAgencyConfiguration : IEntityTypeConfiguration<ReferralAgency>
{
    public void Configure(EntityTypeBuilder<ReferralAgency> b)
    {
        b.HasKey(a => new { a.ReferralId, a.AgencyId });
        b.HasOne(a => a.Agency).WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReferralPerpetratorConfiguration : IEntityTypeConfiguration<ReferralPerpetrator>
{
    public void Configure(EntityTypeBuilder<ReferralPerpetrator> b)
    {
        b.Property(p => p.RelationshipToVictim).HasMaxLength(FieldLengths.Short);
        b.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReferralChildConfiguration : IEntityTypeConfiguration<ReferralChild>
{
    public void Configure(EntityTypeBuilder<ReferralChild> b)
    {
        b.Property(c => c.RelationshipToVictim).HasMaxLength(FieldLengths.Short);
        b.Property(c => c.RelationshipToPerpetrator).HasMaxLength(FieldLengths.Short);
        b.Property(c => c.School).HasMaxLength(FieldLengths.Short);
        b.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MatchDecisionConfiguration : IEntityTypeConfiguration<MatchDecision>
{
    public void Configure(EntityTypeBuilder<MatchDecision> b)
    {
        b.Property(d => d.Reason).HasMaxLength(FieldLengths.Narrative);
        b.Property(d => d.PerpetratorLinks).HasMaxLength(FieldLengths.Narrative);
        b.HasIndex(d => d.ReferralId);
        b.HasOne<Referral>().WithMany().HasForeignKey(d => d.ReferralId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Referral>().WithMany().HasForeignKey(d => d.MatchedReferralId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RiskConfiguration :
    IEntityTypeConfiguration<RiskInstrument>, IEntityTypeConfiguration<RiskQuestion>,
    IEntityTypeConfiguration<RiskAssessment>, IEntityTypeConfiguration<RiskAnswer>
{
    public void Configure(EntityTypeBuilder<RiskInstrument> b)
    {
        b.Property(i => i.Code).HasMaxLength(FieldLengths.Reference);
        b.Property(i => i.Version).HasMaxLength(FieldLengths.Reference);
        b.Property(i => i.Name).HasMaxLength(FieldLengths.Short);
        b.HasIndex(i => new { i.Code, i.Version }).IsUnique();
        b.HasMany(i => i.Questions).WithOne().HasForeignKey(q => q.RiskInstrumentId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<RiskQuestion> b) => b.Property(q => q.Text).HasMaxLength(FieldLengths.Address);

    public void Configure(EntityTypeBuilder<RiskAssessment> b)
    {
        b.HasOne(a => a.Instrument).WithMany().HasForeignKey(a => a.RiskInstrumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Answers).WithOne().HasForeignKey(a => a.RiskAssessmentId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<RiskAnswer> b) => b.Property(a => a.Comment).HasMaxLength(FieldLengths.Narrative);
}
