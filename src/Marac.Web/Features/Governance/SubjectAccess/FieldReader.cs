using System.Globalization;
using System.Text;
using Marac.Sharing.Categories;
using Marac.Web.Features.Administration;
using Marac.Web.Infrastructure.GovUk;

namespace Marac.Web.Features.Governance.SubjectAccess;

/// <summary>
/// Reads the stored fields of a case record with their data categories (from <see cref="CaseFieldCatalogue"/>),
/// leaving out keys and other technical fields, and fields with nothing in them.
/// </summary>
public static class FieldReader
{
    private static readonly HashSet<string> Technical =
    [
        "Id", "Version", "SubjectId", "NameKey", "SubmissionToken", "VictimId", "PersonId", "ReferralId", "RiskAssessmentId",
        "RiskInstrumentId", "MeetingId", "AgencyId", "OwnerAgencyId", "MergedIntoReferralId", "MergedFromReferralId",
    ];

    /// <param name="review">Why a field needs review before release, given its name and category; null when it does not.</param>
    public static IEnumerable<HeldField> Read(object entity, string section, Func<string, DataCategory, string?> review)
    {
        var type = entity.GetType();
        foreach (var property in type.GetProperties())
        {
            var name = property.Name;
            if (Technical.Contains(name) || name.EndsWith("UserId", StringComparison.Ordinal) || !CaseFieldCatalogue.IsClassified(type, name))
            {
                continue;
            }
            var value = Show(property.GetValue(entity));
            if (value.Length == 0)
            {
                continue;
            }
            var category = CaseFieldCatalogue.CategoryOf(type, name);
            yield return new HeldField(section, Label(name), value, category, review(name, category));
        }
    }

    public static string Show(object? value) => value switch
    {
        null => "",
        string text => text.Trim(),
        bool flag => flag ? "Yes" : "No",
        DateOnly date => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")),
        DateTime instant => AdminDisplay.When(instant),
        Enum choice => DisplayNames.ForEnumValue(choice),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>"ReferrerPhone" as "Referrer phone".</summary>
    public static string Label(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c))
            {
                builder.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
