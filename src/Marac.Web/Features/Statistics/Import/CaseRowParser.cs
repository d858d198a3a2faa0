using Marac.Data.Entities;
using static Marac.Web.Features.Statistics.Import.CaseListColumns;

namespace Marac.Web.Features.Statistics.Import;

/// <summary>Validates one row of a case list against the columns found in its header.</summary>
public sealed class CaseRowParser(IReadOnlyDictionary<string, int> columns)
{
    public const int MaxReferenceLength = 30;
    public const int MaxIdLength = 100;
    public const int MaxAge = 120;

    public ImportedCase? Parse(SheetRow row, List<RowProblem> problems)
    {
        var before = problems.Count;
        var cells = new RowCells(row, columns, problems);
        var meetingDate = cells.Date(MeetingDate, required: true);
        var referralDate = cells.Date(ReferralDate, required: true);
        if (meetingDate is { } m && referralDate is { } r && r > m)
        {
            cells.Problem(ReferralDate, "must not be after the meeting date");
        }
        var reference = cells.Text(CaseReference, required: true, MaxReferenceLength);
        var sources = Sources(cells);
        var victimId = cells.Text(VictimId, required: true, MaxIdLength);
        var perpetratorIds = PerpetratorList(cells);
        var gender = cells.Choice(VictimGender, CellParsing.GenderOf, "must be Female, Male, Non-binary, Other or Not known");
        var ethnicity = Ethnicity(cells);
        var disabled = cells.Choice(VictimDisabled, CellParsing.YesNo, "must be Yes, No or Not known");
        var lgbt = cells.Choice(VictimLgbt, CellParsing.YesNo, "must be Yes, No or Not known");
        var children = cells.Whole(ChildrenInHousehold, required: true, max: 100);
        var victimBirth = BirthDate(cells, VictimDateOfBirth, VictimAge, referralDate, required: true);
        var perpetratorBirth = BirthDate(cells, PerpetratorDateOfBirth, PerpetratorAge, referralDate, required: false);
        var repeat = Repeat(cells);
        if (problems.Count > before)
        {
            return null;
        }
        return new ImportedCase
        {
            Row = row.Number,
            MeetingDate = meetingDate!.Value,
            CaseReference = reference!,
            ReferralDate = referralDate!.Value,
            Sources = sources,
            VictimId = victimId!,
            PerpetratorIds = perpetratorIds,
            VictimGender = gender ?? Gender.NotKnown,
            VictimDateOfBirth = victimBirth,
            VictimEthnicity = ethnicity,
            VictimDisabled = disabled ?? YesNoNotKnown.NotKnown,
            VictimLgbt = lgbt ?? YesNoNotKnown.NotKnown,
            ChildrenInHousehold = children ?? 0,
            PerpetratorDateOfBirth = perpetratorBirth,
            Repeat = repeat,
        };
    }

    private static List<ReferralSource> Sources(RowCells cells)
    {
        var text = cells.Text(ReferringAgencies, required: true, maxLength: 1000);
        var sources = new List<ReferralSource>();
        foreach (var item in CellParsing.List(text ?? ""))
        {
            if (CellParsing.Source(item) is { } source)
            {
                if (!sources.Contains(source)) { sources.Add(source); }
            }
            else
            {
                cells.Problem(ReferringAgencies, $"must only name SafeLives categories: \"{Shorten(item)}\" is not one");
            }
        }
        if (text is not null && sources.Count == 0 && CellParsing.List(text).Count == 0)
        {
            cells.Problem(ReferringAgencies, "must name at least one referral source category");
        }
        return sources;
    }

    private static List<string> PerpetratorList(RowCells cells)
    {
        var ids = CellParsing.List(cells.Text(PerpetratorIds, required: true, maxLength: 1000) ?? "");
        if (ids.Any(id => id.Length > MaxIdLength))
        {
            cells.Problem(PerpetratorIds, $"each id must be {MaxIdLength} characters or fewer");
        }
        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    private static Ethnicity Ethnicity(RowCells cells)
    {
        var text = cells.Text(VictimEthnicity, required: true, maxLength: 200);
        if (text is null)
        {
            return Marac.Data.Entities.Ethnicity.NotKnown;
        }
        if (EthnicityCatalogue.TryParse(text, out var ethnicity) || string.Equals(text.Trim(), "Not known", StringComparison.OrdinalIgnoreCase))
        {
            return ethnicity;
        }
        cells.Problem(VictimEthnicity, $"must be an ONS 2021 ethnic group or Not known: \"{Shorten(text)}\" is not one");
        return Marac.Data.Entities.Ethnicity.NotKnown;
    }

    private static DateOnly? BirthDate(RowCells cells, string dateColumn, string ageColumn, DateOnly? referralDate, bool required)
    {
        if (cells.IsPresent(dateColumn))
        {
            var date = cells.Date(dateColumn, required: false);
            if (date is { } d && referralDate is { } r && d > r)
            {
                cells.Problem(dateColumn, "must be before the referral date");
            }
            return date;
        }
        if (cells.IsPresent(ageColumn))
        {
            var age = cells.Whole(ageColumn, required: false, max: MaxAge);
            return age is { } a && referralDate is { } on ? CellParsing.BirthDateFromAge(a, on) : null;
        }
        if (required)
        {
            cells.Problem(dateColumn, $"or {ageColumn} must be given");
        }
        return null;
    }

    private static bool? Repeat(RowCells cells)
    {
        var text = cells.Text(CaseListColumns.Repeat, required: false, maxLength: 20);
        return CellParsing.YesNo(text ?? "") switch
        {
            _ when string.IsNullOrWhiteSpace(text) => null,
            YesNoNotKnown.Yes => true,
            YesNoNotKnown.No => false,
            _ => Invalid(cells),
        };

        static bool? Invalid(RowCells cells)
        {
            cells.Problem(CaseListColumns.Repeat, "must be Yes, No or blank");
            return null;
        }
    }

    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
