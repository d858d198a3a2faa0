using AutoMapper;
using Marac.Data.Entities;

namespace Marac.Sharing.Summaries;

/// <summary>Maps a case's entities to a <see cref="CaseSummary"/>; every member is mapped or explicitly filled elsewhere.</summary>
public sealed class CaseSummaryProfile : Profile
{
    public CaseSummaryProfile()
    {
        CreateMap<Referral, CaseSummary>()
            .ForMember(s => s.ReferringAgencies, o => o.MapFrom(r => r.ReferringAgencies.Select(a => a.Agency.Name)))
            .ForMember(s => s.RiskBand, o => o.MapFrom(r => r.RiskAssessment == null ? (RiskBand?)null : r.RiskAssessment.Band))
            .ForMember(s => s.RiskScore, o => o.MapFrom(r => r.RiskAssessment == null ? (int?)null : r.RiskAssessment.Score))
            .ForMember(s => s.RiskAnswers, o => o.MapFrom(r => r.RiskAssessment == null
                ? new List<RiskAnswer>() : r.RiskAssessment.Answers.OrderBy(a => a.QuestionNumber).ToList()))
            .ForMember(s => s.Research, o => o.Ignore())
            .ForMember(s => s.Hearings, o => o.Ignore())
            .ForMember(s => s.Actions, o => o.Ignore());
        CreateMap<Person, PersonSummary>()
            .ForMember(s => s.Aliases, o => o.MapFrom(p => p.Aliases.Select(a => a.Name)));
        CreateMap<ReferralPerpetrator, PerpetratorSummary>();
        CreateMap<ReferralChild, ChildSummary>();
        CreateMap<RiskAnswer, RiskAnswerSummary>();
        CreateMap<ResearchReturn, ResearchSummary>()
            .ForMember(s => s.AgencyName, o => o.Ignore())
            .ForMember(s => s.MeetingDate, o => o.Ignore());
    }
}
