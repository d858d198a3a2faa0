using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Marac.Web.Features.Statistics.Import;

/// <summary>
/// Refuses a POST whose declared length is over the upload limit before anything reads its body
/// (it runs before the antiforgery check, which would read the whole form), sending the person
/// back to the upload page with the reason.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RefuseLargeUploadAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the form's other fields and the multipart boundaries.</summary>
    public const long Slack = 64 * 1024;

    public int Order => 500;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method) && request.ContentLength > CaseListFile.MaxBytes + Slack)
        {
            context.Result = new RedirectResult("/statistics/import?problem=too-large");
        }
    }
}
