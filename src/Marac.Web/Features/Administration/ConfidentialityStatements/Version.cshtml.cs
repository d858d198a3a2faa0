using Marac.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Administration.ConfidentialityStatements;

/// <summary>One version of the statement, read-only.</summary>
public sealed class VersionModel(StatementEditor editor) : PageModel
{
    public ConfidentialityStatement Statement { get; private set; } = null!;

    public bool IsCurrent { get; private set; }

    public async Task<IActionResult> OnGetAsync(int number)
    {
        var statement = await editor.FindAsync(number);
        if (statement is null)
        {
            return NotFound();
        }
        Statement = statement;
        IsCurrent = (await editor.CurrentAsync())?.Number == number;
        return Page();
    }
}
