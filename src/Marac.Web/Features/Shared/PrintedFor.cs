using System.Security.Claims;
using ClosedXML.Excel;
using Marac.Web.Features.Administration;
using Marac.Web.Infrastructure.Auth;

namespace Marac.Web.Features.Shared;

/// <summary>
/// "Printed for &lt;name&gt;, &lt;agency&gt;, &lt;date and time&gt;": carried by every print view (the layout, shown only
/// when printed) and every downloaded workbook (each sheet's printed header and footer, with the
/// OFFICIAL-SENSITIVE marking), so a page found on a printer says whose it was.
/// </summary>
public static class PrintedFor
{
    public const string Marking = "OFFICIAL-SENSITIVE";

    public static string Line(ClaimsPrincipal user, TimeProvider clock)
    {
        var name = user.FindFirst(MaracClaims.Name)?.Value ?? user.Identity?.Name ?? "an unknown user";
        var agency = user.FindFirst(MaracClaims.AgencyName)?.Value;
        return $"Printed for {name}{(string.IsNullOrEmpty(agency) ? "" : $", {agency}")}, {AdminDisplay.When(clock.GetUtcNow().UtcDateTime)}";
    }

    public static string Line(HttpContext context) => Line(context.User, context.RequestServices.GetRequiredService<TimeProvider>());

    /// <summary>The workbook with the marking at the head and the printed-for line at the foot of every sheet.</summary>
    public static byte[] Mark(byte[] workbook, string line)
    {
        using var book = new XLWorkbook(new MemoryStream(workbook));
        foreach (var sheet in book.Worksheets)
        {
            sheet.PageSetup.Header.Center.AddText(Marking);
            sheet.PageSetup.Footer.Center.AddText($"{Marking}. {line}");
        }
        using var output = new MemoryStream();
        book.SaveAs(output);
        return output.ToArray();
    }
}
