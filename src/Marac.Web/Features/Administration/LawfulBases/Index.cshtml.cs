using Marac.Data.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Administration.LawfulBases;

public sealed class IndexModel(LawfulBasisEditor editor) : PageModel
{
    public IReadOnlyList<(LawfulBasis Basis, int Agencies)> Register { get; private set; } = [];

    public async Task OnGetAsync() => Register = await editor.ListAsync();
}
