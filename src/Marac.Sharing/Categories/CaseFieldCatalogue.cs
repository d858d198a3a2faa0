using System.Linq.Expressions;
using System.Reflection;
using Marac.Data.Entities;

namespace Marac.Sharing.Categories;

/// <summary>
/// The one place that says which data category every field of a case belongs to, free text
/// included. A test walks the EF model and fails when a case field is missing here.
/// </summary>
public static class CaseFieldCatalogue
{
    private static readonly Dictionary<(Type Entity, string Field), DataCategory> Fields = [];

    /// <summary>The entities that make up a case; every stored field of these must be classified.</summary>
    public static IReadOnlyList<Type> CaseEntities { get; } =
    [
        typeof(Referral), typeof(ReferralAgency), typeof(Person), typeof(PersonAlias), typeof(ReferralPerpetrator),
        typeof(ReferralChild), typeof(RiskAssessment), typeof(RiskAnswer), typeof(AgendaItem), typeof(MatchDecision),
        typeof(AgendaChange), typeof(ResearchReturn), typeof(MeetingAction), typeof(AccessGrant), typeof(CaseExclusion),
    ];

    static CaseFieldCatalogue()
    {
        ClassifyReferral();
        ClassifyPeople();
        ClassifyRisk();
        ClassifyCaseRecords();
    }

    public static DataCategory CategoryOf(Type entity, string field) =>
        Fields.TryGetValue((entity, field), out var category)
            ? category
            : throw new KeyNotFoundException($"{entity.Name}.{field} has no data category.");

    public static DataCategory CategoryOf<TEntity>(Expression<Func<TEntity, object?>> field) =>
        CategoryOf(typeof(TEntity), MemberName(field));

    public static bool IsClassified(Type entity, string field) => Fields.ContainsKey((entity, field));

    public static IEnumerable<(Type Entity, string Field, DataCategory Category)> All =>
        Fields.Select(f => (f.Key.Entity, f.Key.Field, f.Value));

    private static void ClassifyReferral()
    {
        Classify<Referral>(DataCategory.CaseManagement,
            r => r.Id, r => r.Reference, r => r.Status, r => r.ReferralDate, r => r.CreatedAt, r => r.SubmittedAt,
            r => r.CreatedByUserId, r => r.SubmissionToken, r => r.ReferrerName, r => r.ReferrerPhone, r => r.ReferrerEmail,
            r => r.VictimId, r => r.RepeatDeclared, r => r.PreviousMaracDate, r => r.PreviousOtherMarac,
            r => r.VictimAwareOfReferral, r => r.ConsentGiven, r => r.ConsentNotGivenReason, r => r.SharingWithoutConsentDecision,
            r => r.DecidedAt, r => r.DecidedByUserId, r => r.ReturnReason, r => r.RepeatOverride, r => r.RepeatOverrideReason,
            r => r.MergedIntoReferralId, r => r.IsImported, r => r.Version,
            r => r.LegalHoldReason, r => r.LegalHoldSetAt, r => r.LegalHoldSetByUserId, r => r.AnonymisedAt);
        Classify<Referral>(DataCategory.Risk,
            r => r.ProfessionalJudgement, r => r.ProfessionalJudgementReasons, r => r.PotentialEscalation,
            r => r.IncidentsInLast12Months, r => r.RiskNarrative, r => r.VictimFears, r => r.Flags);
        Classify<Referral>(DataCategory.Children, r => r.ImportedChildrenCount);
        // The snapshot holds every category the referrer typed, the restricted one included: classified as the most restricted.
        Classify<Referral>(DataCategory.LocationAndSafetyContacts, r => r.SafeToTalkTo, r => r.NotSafeToTalkTo, r => r.SubmittedSnapshot);
        Classify<ReferralAgency>(DataCategory.CaseManagement, a => a.ReferralId, a => a.AgencyId, a => a.MergedFromReferralId, a => a.IsProposed);
    }

    private static void ClassifyPeople()
    {
        Classify<Person>(DataCategory.Identity,
            p => p.Id, p => p.SubjectId, p => p.GivenName, p => p.FamilyName, p => p.DateOfBirth, p => p.NameKey,
            p => p.Gender, p => p.PreferredLanguage, p => p.InterpreterNeeded, p => p.ImmigrationStatus,
            p => p.NoRecourseToPublicFunds, p => p.Version);
        Classify<Person>(DataCategory.Equality, p => p.Ethnicity, p => p.Disabled, p => p.Lgbt);
        Classify<Person>(DataCategory.Health, p => p.Pregnant);
        Classify<Person>(DataCategory.LocationAndSafetyContacts,
            p => p.Address, p => p.Postcode, p => p.Phone, p => p.SafeToCall, p => p.SafeTimesToCall);
        Classify<PersonAlias>(DataCategory.Identity, a => a.Id, a => a.PersonId, a => a.Name, a => a.NameKey);
        Classify<ReferralPerpetrator>(DataCategory.Identity, p => p.Id, p => p.ReferralId, p => p.PersonId, p => p.RelationshipToVictim);
        Classify<ReferralChild>(DataCategory.Children,
            c => c.Id, c => c.ReferralId, c => c.PersonId, c => c.RelationshipToVictim, c => c.RelationshipToPerpetrator, c => c.School);
    }

    private static void ClassifyRisk()
    {
        Classify<RiskAssessment>(DataCategory.Risk,
            a => a.Id, a => a.ReferralId, a => a.RiskInstrumentId, a => a.CompletedOn, a => a.Score, a => a.Band);
        Classify<RiskAnswer>(DataCategory.Risk, a => a.Id, a => a.RiskAssessmentId, a => a.QuestionNumber, a => a.Answer, a => a.Comment);
    }

    private static void ClassifyCaseRecords()
    {
        Classify<AgendaItem>(DataCategory.CaseManagement,
            i => i.Id, i => i.MeetingId, i => i.ReferralId, i => i.Section, i => i.Order, i => i.Status, i => i.StatusReason,
            i => i.AddedReason, i => i.AddedAfterCutOff, i => i.Version, i => i.DiscussionStartedAt, i => i.DiscussionEndedAt);
        // What the meeting heard and concluded about the risk: case free text, redacted per viewer.
        Classify<AgendaItem>(DataCategory.Risk, i => i.InformationSummary, i => i.RiskSummary);
        Classify<AgendaChange>(DataCategory.CaseManagement,
            c => c.Id, c => c.MeetingId, c => c.ReferralId, c => c.Kind, c => c.Reason, c => c.ChangedAt, c => c.ChangedByUserId, c => c.PublishedAt);
        ClassifyResearchReturns();
        ClassifyActionsAndAccess();
        Classify<MatchDecision>(DataCategory.CaseManagement,
            d => d.Id, d => d.ReferralId, d => d.MatchedReferralId, d => d.Outcome, d => d.Reason, d => d.PreviousSubjectId, d => d.PerpetratorLinks,
            d => d.DecidedByUserId, d => d.DecidedAt);
    }

    private static void ClassifyActionsAndAccess()
    {
        Classify<MeetingAction>(DataCategory.CaseManagement,
            a => a.Id, a => a.MeetingId, a => a.ReferralId, a => a.OwnerAgencyId, a => a.Description, a => a.DueDate, a => a.Status,
            a => a.StatusNote, a => a.RecordedAt, a => a.RecordedByUserId, a => a.StatusUpdatedAt, a => a.StatusUpdatedByUserId, a => a.Version);
        Classify<MeetingAction>(DataCategory.Risk, a => a.LinkedRisk);
        // Grants and exclusions are records about the case's sharing, shown only to coordinators.
        Classify<AccessGrant>(DataCategory.CaseManagement,
            g => g.Id, g => g.AgencyId, g => g.StaffUserId, g => g.MeetingId, g => g.ReferralId, g => g.Purpose, g => g.LawfulBasisId,
            g => g.Categories, g => g.ValidFrom, g => g.ValidTo, g => g.Origin, g => g.Reason, g => g.GrantedAt, g => g.GrantedByUserId,
            g => g.RevokedAt, g => g.RevokedByUserId, g => g.RevokedReason, g => g.Version);
        Classify<CaseExclusion>(DataCategory.CaseManagement,
            e => e.Id, e => e.ReferralId, e => e.StaffUserId, e => e.AgencyId, e => e.Reason, e => e.RecordedAt, e => e.RecordedByUserId,
            e => e.RemovedAt, e => e.RemovedByUserId, e => e.RemovedReason);
    }

    private static void ClassifyResearchReturns()
    {
        Classify<ResearchReturn>(DataCategory.CaseManagement,
            r => r.Id, r => r.MeetingId, r => r.ReferralId, r => r.AgencyId, r => r.Answer, r => r.RecordedAt, r => r.RecordedByUserId, r => r.Version);
        // What an agency shares is research for the meeting's risk assessment; the redactor still masks
        // locations and identifiers in it for agencies not granted those categories.
        Classify<ResearchReturn>(DataCategory.Risk, r => r.SharedFacts, r => r.SharedOpinion);
        Classify<ResearchReturn>(DataCategory.OwnAgencyOnly, r => r.NotSharedNote);
    }

    private static void Classify<TEntity>(DataCategory category, params Expression<Func<TEntity, object?>>[] fields)
    {
        foreach (var field in fields)
        {
            var key = (typeof(TEntity), MemberName(field));
            if (!Fields.TryAdd(key, category))
            {
                throw new InvalidOperationException($"{key.Item1.Name}.{key.Item2} is classified twice.");
            }
        }
    }

    private static string MemberName<TEntity>(Expression<Func<TEntity, object?>> field)
    {
        var body = field.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : field.Body;
        return body is MemberExpression { Member: PropertyInfo property }
            ? property.Name
            : throw new ArgumentException("Expected a property access.", nameof(field));
    }
}
