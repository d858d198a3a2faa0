using Marac.Data.Entities;

namespace Marac.Web.Features.Statistics.Import;

/// <summary>The referral, people and agenda item for one imported row.</summary>
public static class ImportedReferrals
{
    public const string RepeatReason = "Given by the Repeat column of an imported case list";

    public static Referral Create(ImportedCase row, IReadOnlyDictionary<ReferralSource, int> agencies, int meetingId, int order, DateTime now)
    {
        var referral = new Referral
        {
            Reference = row.CaseReference,
            Status = ReferralStatus.Heard,
            ReferralDate = row.ReferralDate,
            CreatedAt = now,
            SubmittedAt = now,
            DecidedAt = now,
            SubmissionToken = Guid.NewGuid(),
            ReferrerName = "Imported case list",
            IsImported = true,
            ImportedChildrenCount = row.ChildrenInHousehold,
            RepeatOverride = row.Repeat,
            RepeatOverrideReason = row.Repeat is null ? null : RepeatReason,
            Victim = Victim(row),
        };
        referral.ReferringAgencies.AddRange(row.Sources.Select(s => new ReferralAgency { AgencyId = agencies[s] }));
        for (var i = 0; i < row.PerpetratorIds.Count; i++)
        {
            var person = Perpetrator(row.PerpetratorIds[i], i == 0 ? row.PerpetratorDateOfBirth : null);
            referral.Perpetrators.Add(new ReferralPerpetrator { Person = person });
        }
        referral.AgendaItems.Add(new AgendaItem
        {
            MeetingId = meetingId,
            Status = AgendaItemStatus.Heard,
            Section = row.ChildrenInHousehold > 0 ? AgendaSection.CasesWithChildren : AgendaSection.AdultOnlyCases,
            Order = order,
        });
        return referral;
    }

    private static Person Victim(ImportedCase row) => new()
    {
        SubjectId = ImportSubjectIds.Victim(row.VictimId),
        GivenName = "Imported",
        FamilyName = row.VictimId,
        DateOfBirth = row.VictimDateOfBirth,
        Gender = row.VictimGender,
        Ethnicity = row.VictimEthnicity,
        Disabled = row.VictimDisabled,
        Lgbt = row.VictimLgbt,
    };

    private static Person Perpetrator(string id, DateOnly? dateOfBirth) => new()
    {
        SubjectId = ImportSubjectIds.Perpetrator(id),
        GivenName = "Imported",
        FamilyName = id,
        DateOfBirth = dateOfBirth,
    };
}
