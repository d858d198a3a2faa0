namespace Marac.Web.Infrastructure.Auth;

/// <summary>Told when a user's sessions are ended (sign-out, or an administrator ending them), to close what else they hold open.</summary>
public interface ISessionRevocationListener
{
    Task SessionsRevokedAsync(int staffUserId);
}
