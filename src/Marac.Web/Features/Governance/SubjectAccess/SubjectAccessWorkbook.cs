using ClosedXML.Excel;

namespace Marac.Web.Features.Governance.SubjectAccess;

/// <summary>Everything found, one row per field, for the person handling the request to review; every cell neutralised.</summary>
public static class SubjectAccessWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] Headings =
        ["Reference", "Referral date", "Appears as", "Section", "Field", "Data category", "Value", "Review before release"];

    public static readonly string[] RecipientHeadings = ["Agency", "First received", "Last received", "Times received"];

    public static byte[] Build(SubjectAccessReport report)
    {
        using var workbook = new XLWorkbook();
        var sheet = Sheets.Add(workbook, "Held records", Headings);
        var row = Sheets.HeadingRow;
        foreach (var held in report.Cases)
        {
            foreach (var field in held.Fields)
            {
                Sheets.WriteRow(sheet, ++row,
                [
                    held.Reference, held.ReferralDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), held.Role.ToString(),
                    field.Section, field.Field, Marac.Sharing.Categories.DataCategoryNames.Label(field.Category), field.Value, field.Review ?? "",
                ]);
            }
        }
        var recipients = Sheets.Add(workbook, "Recipients", RecipientHeadings);
        row = Sheets.HeadingRow;
        foreach (var recipient in report.Recipients)
        {
            Sheets.WriteRow(recipients, ++row,
            [
                recipient.Agency, Administration.AdminDisplay.When(recipient.FirstUtc), Administration.AdminDisplay.When(recipient.LastUtc),
                recipient.Disclosures.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ]);
        }
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }
}
