using Marac.Data.Entities;

namespace Marac.Web.Features.Referrals;

/// <summary>Copies between the referral form and the stored referral, in both directions.</summary>
public static class ReferralFormMapper
{
    public static ReferralForm ToForm(Referral referral, int questionCount)
    {
        var answers = referral.RiskAssessment?.Answers.ToDictionary(a => a.QuestionNumber) ?? [];
        return new ReferralForm
        {
            SubmissionToken = referral.SubmissionToken,
            Version = referral.Version,
            ReferringAgencyIds = referral.ReferringAgencies.Select(a => a.AgencyId).ToList(),
            ReferrerName = referral.ReferrerName,
            ReferrerPhone = referral.ReferrerPhone,
            ReferrerEmail = referral.ReferrerEmail,
            ReferralDate = referral.ReferralDate,
            Victim = ToVictimInput(referral.Victim),
            Perpetrators = referral.Perpetrators.Select(p => new PerpetratorInput
            {
                GivenName = p.Person.GivenName, FamilyName = p.Person.FamilyName, DateOfBirth = p.Person.DateOfBirth,
                Gender = p.Person.Gender, Address = p.Person.Address, Postcode = p.Person.Postcode, RelationshipToVictim = p.RelationshipToVictim,
            }).ToList(),
            Children = referral.Children.Select(c => new ChildInput
            {
                GivenName = c.Person.GivenName, FamilyName = c.Person.FamilyName, DateOfBirth = c.Person.DateOfBirth,
                Gender = c.Person.Gender, Address = c.Person.Address, Postcode = c.Person.Postcode,
                RelationshipToVictim = c.RelationshipToVictim, RelationshipToPerpetrator = c.RelationshipToPerpetrator, School = c.School,
            }).ToList(),
            ProfessionalJudgement = referral.ProfessionalJudgement,
            ProfessionalJudgementReasons = referral.ProfessionalJudgementReasons,
            PotentialEscalation = referral.PotentialEscalation,
            IncidentsInLast12Months = referral.IncidentsInLast12Months,
            RepeatDeclared = referral.RepeatDeclared,
            PreviousMaracDate = referral.PreviousMaracDate,
            RiskAnswers = Enumerable.Range(1, questionCount).Select(n => new RiskAnswerInput
            {
                QuestionNumber = n,
                Answer = answers.TryGetValue(n, out var a) ? a.Answer : null,
                Comment = answers.TryGetValue(n, out var c) ? c.Comment : null,
            }).ToList(),
            RiskNarrative = referral.RiskNarrative,
            VictimAwareOfReferral = referral.VictimAwareOfReferral,
            ConsentGiven = referral.ConsentGiven,
            ConsentNotGivenReason = referral.ConsentNotGivenReason,
            SharingWithoutConsentDecision = referral.SharingWithoutConsentDecision,
            VictimFears = referral.VictimFears,
            SafeToTalkTo = referral.SafeToTalkTo,
            NotSafeToTalkTo = referral.NotSafeToTalkTo,
            PreviousOtherMarac = referral.PreviousOtherMarac,
            Flags = Enum.GetValues<CaseFlags>().Where(f => f != CaseFlags.None && referral.Flags.HasFlag(f)).ToList(),
        };
    }

    /// <summary>
    /// Copies the form onto the referral. <paramref name="referrerAgencyId"/> is the agency of a referrer who is not a
    /// coordinator: any other agency they tick joins as a proposed joint referrer; null when a coordinator edits.
    /// </summary>
    public static void Apply(ReferralForm form, Referral referral, RiskInstrument instrument, int? referrerAgencyId = null)
    {
        referral.ReferrerName = Clean(form.ReferrerName) ?? "";
        referral.ReferrerPhone = Clean(form.ReferrerPhone);
        referral.ReferrerEmail = Clean(form.ReferrerEmail);
        referral.ReferralDate = form.ReferralDate ?? referral.ReferralDate;
        referral.ReferringAgencies.RemoveAll(a => !form.ReferringAgencyIds.Contains(a.AgencyId));
        foreach (var agencyId in form.ReferringAgencyIds.Distinct().Where(id => referral.ReferringAgencies.All(a => a.AgencyId != id)))
        {
            referral.ReferringAgencies.Add(new ReferralAgency { AgencyId = agencyId, IsProposed = referrerAgencyId is not null && agencyId != referrerAgencyId });
        }
        ApplyVictim(form.Victim, referral.Victim ??= new Person());
        ApplyPerpetrators(form, referral);
        ApplyChildren(form, referral);
        referral.ProfessionalJudgement = form.ProfessionalJudgement;
        referral.ProfessionalJudgementReasons = Clean(form.ProfessionalJudgementReasons);
        referral.PotentialEscalation = form.PotentialEscalation;
        referral.IncidentsInLast12Months = form.IncidentsInLast12Months;
        referral.RepeatDeclared = form.RepeatDeclared;
        referral.PreviousMaracDate = form.PreviousMaracDate;
        referral.RiskNarrative = Clean(form.RiskNarrative);
        referral.VictimAwareOfReferral = form.VictimAwareOfReferral ?? YesNoNotKnown.NotKnown;
        referral.ConsentGiven = form.ConsentGiven ?? YesNoNotKnown.NotKnown;
        referral.ConsentNotGivenReason = Clean(form.ConsentNotGivenReason);
        referral.SharingWithoutConsentDecision = Clean(form.SharingWithoutConsentDecision);
        referral.VictimFears = Clean(form.VictimFears);
        referral.SafeToTalkTo = Clean(form.SafeToTalkTo);
        referral.NotSafeToTalkTo = Clean(form.NotSafeToTalkTo);
        referral.PreviousOtherMarac = Clean(form.PreviousOtherMarac);
        referral.Flags = form.Flags.Aggregate(CaseFlags.None, (all, flag) => all | flag);
        ApplyRisk(form, referral, instrument);
    }

    private static VictimInput ToVictimInput(Person p) => new()
    {
        GivenName = p.GivenName, FamilyName = p.FamilyName, DateOfBirth = p.DateOfBirth, Gender = p.Gender,
        Address = p.Address, Postcode = p.Postcode, Aliases = string.Join(Environment.NewLine, p.Aliases.Select(a => a.Name)),
        Ethnicity = p.Ethnicity, Disabled = p.Disabled, Lgbt = p.Lgbt, PreferredLanguage = p.PreferredLanguage,
        InterpreterNeeded = p.InterpreterNeeded, Pregnant = p.Pregnant, ImmigrationStatus = p.ImmigrationStatus,
        NoRecourseToPublicFunds = p.NoRecourseToPublicFunds, Phone = p.Phone, SafeToCall = p.SafeToCall, SafeTimesToCall = p.SafeTimesToCall,
    };

    private static void ApplyVictim(VictimInput input, Person person)
    {
        ApplyPerson(input, person);
        person.Ethnicity = input.Ethnicity;
        person.Disabled = input.Disabled ?? YesNoNotKnown.NotKnown;
        person.Lgbt = input.Lgbt ?? YesNoNotKnown.NotKnown;
        person.PreferredLanguage = Clean(input.PreferredLanguage);
        person.InterpreterNeeded = input.InterpreterNeeded;
        person.Pregnant = input.Pregnant ?? YesNoNotKnown.NotKnown;
        person.ImmigrationStatus = Clean(input.ImmigrationStatus);
        person.NoRecourseToPublicFunds = input.NoRecourseToPublicFunds;
        person.Phone = Clean(input.Phone);
        person.SafeToCall = input.SafeToCall ?? YesNoNotKnown.NotKnown;
        person.SafeTimesToCall = Clean(input.SafeTimesToCall);
        var aliases = (input.Aliases ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
        person.Aliases.RemoveAll(a => !aliases.Contains(a.Name));
        person.Aliases.AddRange(aliases.Where(name => person.Aliases.All(a => a.Name != name)).Select(name => new PersonAlias { Name = name }));
    }

    private static void ApplyPerson(PersonInput input, Person person)
    {
        person.GivenName = Clean(input.GivenName) ?? "";
        person.FamilyName = Clean(input.FamilyName) ?? "";
        person.DateOfBirth = input.DateOfBirth;
        person.Gender = input.Gender ?? Gender.NotKnown;
        person.Address = Clean(input.Address);
        person.Postcode = Clean(input.Postcode)?.ToUpperInvariant();
    }

    private static void ApplyPerpetrators(ReferralForm form, Referral referral)
    {
        var inputs = form.Perpetrators.Where(p => !p.IsBlank).ToList();
        Resize(referral.Perpetrators, inputs.Count, () => new ReferralPerpetrator { Person = new Person() });
        for (var i = 0; i < inputs.Count; i++)
        {
            ApplyPerson(inputs[i], referral.Perpetrators[i].Person);
            referral.Perpetrators[i].RelationshipToVictim = Clean(inputs[i].RelationshipToVictim);
        }
    }

    private static void ApplyChildren(ReferralForm form, Referral referral)
    {
        var inputs = form.Children.Where(c => !c.IsBlank).ToList();
        Resize(referral.Children, inputs.Count, () => new ReferralChild { Person = new Person() });
        for (var i = 0; i < inputs.Count; i++)
        {
            ApplyPerson(inputs[i], referral.Children[i].Person);
            referral.Children[i].RelationshipToVictim = Clean(inputs[i].RelationshipToVictim);
            referral.Children[i].RelationshipToPerpetrator = Clean(inputs[i].RelationshipToPerpetrator);
            referral.Children[i].School = Clean(inputs[i].School);
        }
    }

    private static void ApplyRisk(ReferralForm form, Referral referral, RiskInstrument instrument)
    {
        var assessment = referral.RiskAssessment ??= new RiskAssessment { RiskInstrumentId = instrument.Id };
        assessment.Answers.RemoveAll(a => form.RiskAnswers.Any(i => i.QuestionNumber == a.QuestionNumber && i.Answer is null));
        foreach (var input in form.RiskAnswers.Where(i => i.Answer is not null))
        {
            var answer = assessment.Answers.FirstOrDefault(a => a.QuestionNumber == input.QuestionNumber);
            if (answer is null)
            {
                assessment.Answers.Add(answer = new RiskAnswer { QuestionNumber = input.QuestionNumber });
            }
            answer.Answer = input.Answer!.Value;
            answer.Comment = Clean(input.Comment);
        }
        assessment.Score = assessment.Answers.Count(a => a.Answer == YesNoNotKnown.Yes);
        assessment.Band = instrument.BandFor(assessment.Score);
        assessment.CompletedOn = referral.ReferralDate;
    }

    private static void Resize<T>(List<T> items, int count, Func<T> create)
    {
        if (items.Count > count)
        {
            items.RemoveRange(count, items.Count - count);
        }
        while (items.Count < count)
        {
            items.Add(create());
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
