using Marac.Data;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>
/// Opens the call's database connection once for the whole hub call. Otherwise each of the dozen or so reads a
/// call makes borrows and returns a pooled connection, and on SQLite each borrow re-registers EF's functions on
/// it under the pool's lock, which ten meetings recording at once spent more time on than on the reads.
/// </summary>
public sealed class OneConnectionPerCall : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var db = invocationContext.ServiceProvider.GetRequiredService<MaracDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            return await next(invocationContext);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
