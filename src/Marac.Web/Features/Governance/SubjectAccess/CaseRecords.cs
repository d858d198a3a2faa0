using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Governance.SubjectAccess;

/// <summary>
/// Every field of one referral, as held, from the point of view of one person on it: fields about other
/// people, the referrer's contact details and other agencies' research are third-party data; location and
/// safety contacts are restricted. Both are flagged for review before release.
/// </summary>
public sealed class CaseRecords(MaracDbContext db)
{
    private static readonly HashSet<string> ReferrerFields = [nameof(Referral.ReferrerName), nameof(Referral.ReferrerPhone), nameof(Referral.ReferrerEmail)];

    public async Task<HeldCase?> ReadAsync(int referralId, int personId, SubjectRole role, CancellationToken ct)
    {
        var referral = await db.Referrals.AsNoTracking().AsSplitQuery()
            .Include(r => r.Victim).ThenInclude(p => p.Aliases)
            .Include(r => r.Perpetrators).ThenInclude(p => p.Person).ThenInclude(p => p.Aliases)
            .Include(r => r.Children).ThenInclude(c => c.Person).ThenInclude(p => p.Aliases)
            .Include(r => r.ReferringAgencies).ThenInclude(a => a.Agency)
            .Include(r => r.RiskAssessment).ThenInclude(a => a!.Answers)
            .FirstOrDefaultAsync(r => r.Id == referralId, ct);
        if (referral is null)
        {
            return null;
        }
        var fields = new List<HeldField>();
        fields.AddRange(FieldReader.Read(referral, "Referral", (name, category) =>
            Restricted(category) ?? (ReferrerFields.Contains(name) ? ReviewReasons.ThirdParty : null)));
        fields.AddRange(referral.ReferringAgencies.Select(a =>
            new HeldField("Referral", "Referring agency", a.Agency.Name, DataCategory.CaseManagement, null)));
        fields.AddRange(People(referral, personId));
        fields.AddRange(Risk(referral.RiskAssessment));
        fields.AddRange(await new CaseHistory(db).ReadAsync(referralId, ct));
        return new HeldCase(referral.Id, referral.Reference, referral.ReferralDate, role, fields);
    }

    private static IEnumerable<HeldField> People(Referral referral, int subjectPersonId)
    {
        var people = new List<(string Section, Person Person, object? Link)> { ("Victim", referral.Victim, null) };
        people.AddRange(referral.Perpetrators.Select((p, i) => ($"Perpetrator {i + 1}", p.Person, (object?)p)));
        people.AddRange(referral.Children.Select((c, i) => ($"Child {i + 1}", c.Person, (object?)c)));
        foreach (var (section, person, link) in people)
        {
            var isSubject = person.Id == subjectPersonId;
            var heading = isSubject ? $"{section} (the person asking)" : section;
            string? Review(string name, DataCategory category) => Restricted(category) ?? (isSubject ? null : ReviewReasons.ThirdParty);
            foreach (var field in FieldReader.Read(person, heading, Review))
            {
                yield return field;
            }
            foreach (var alias in person.Aliases)
            {
                yield return new HeldField(heading, "Also known as", alias.Name, DataCategory.Identity, isSubject ? null : ReviewReasons.ThirdParty);
            }
            if (link is not null)
            {
                foreach (var field in FieldReader.Read(link, heading, Review))
                {
                    yield return field;
                }
            }
        }
    }

    private static IEnumerable<HeldField> Risk(RiskAssessment? assessment)
    {
        if (assessment is null)
        {
            yield break;
        }
        foreach (var field in FieldReader.Read(assessment, "Risk assessment", (_, c) => Restricted(c)))
        {
            yield return field;
        }
        foreach (var answer in assessment.Answers.OrderBy(a => a.QuestionNumber))
        {
            var value = FieldReader.Show(answer.Answer) + (string.IsNullOrWhiteSpace(answer.Comment) ? "" : $": {answer.Comment.Trim()}");
            yield return new HeldField("Risk assessment", $"Question {answer.QuestionNumber}", value, DataCategory.Risk, null);
        }
    }

    internal static string? Restricted(DataCategory category) =>
        category == DataCategory.LocationAndSafetyContacts ? ReviewReasons.Restricted : null;
}
