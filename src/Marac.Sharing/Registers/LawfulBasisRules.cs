using Marac.Data.Entities;

namespace Marac.Sharing.Registers;

/// <summary>A problem with one field of a lawful basis; <see cref="Field"/> is the property's name.</summary>
public sealed record RegisterProblem(string Field, string Message);

/// <summary>
/// What each kind of lawful basis must state. UK GDPR processing of special category data needs an
/// Article 6 basis, an Article 9 condition and a DPA 2018 Schedule 1 condition; law enforcement processing
/// (DPA 2018 Part 3) needs its purpose; the recognised legitimate interest needs its Article 6 basis.
/// </summary>
public static class LawfulBasisRules
{
    public static IReadOnlyList<RegisterProblem> Check(LawfulBasis basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        var problems = new List<RegisterProblem>();
        if (string.IsNullOrWhiteSpace(basis.Name))
        {
            problems.Add(new(nameof(LawfulBasis.Name), "Enter a name for the lawful basis"));
        }
        switch (basis.Kind)
        {
            case LawfulBasisKind.UkGdpr:
                Require(problems, basis.Article6Basis, nameof(LawfulBasis.Article6Basis), "Enter the UK GDPR Article 6 basis, like 6(1)(e) public task");
                Require(problems, basis.Article9Condition, nameof(LawfulBasis.Article9Condition), "Enter the UK GDPR Article 9 condition, like 9(2)(g) substantial public interest");
                Require(problems, basis.Schedule1Condition, nameof(LawfulBasis.Schedule1Condition), "Enter the DPA 2018 Schedule 1 condition, like Part 2 paragraph 18 safeguarding");
                break;
            case LawfulBasisKind.LawEnforcement:
                Require(problems, basis.Notes, nameof(LawfulBasis.Notes), "Enter the DPA 2018 Part 3 purpose, like the prevention, investigation and detection of criminal offences");
                break;
            case LawfulBasisKind.RecognisedLegitimateInterest:
                Require(problems, basis.Article6Basis, nameof(LawfulBasis.Article6Basis), "Enter the UK GDPR Article 6 basis, like 6(1)(ea) recognised legitimate interest");
                break;
            default:
                problems.Add(new(nameof(LawfulBasis.Kind), "Select the kind of lawful basis"));
                break;
        }
        return problems;
    }

    private static void Require(List<RegisterProblem> problems, string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, message));
        }
    }
}
