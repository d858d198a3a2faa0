using Marac.Data.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Administration.ConfidentialityStatements;

public sealed class IndexModel(StatementEditor editor) : PageModel
{
    public IReadOnlyList<ConfidentialityStatement> Versions { get; private set; } = [];

    public async Task OnGetAsync() => Versions = await editor.ListAsync();
}
