namespace Campaigns.Web.Features.Security;

public static class SecurityPaths
{
    public const string Overview = "/account/security";
    public const string Authenticator = "/account/security/authenticator";
    public const string SignInCode = "/account/login/code";
    public const string SignInRecovery = "/account/login/recovery";
}
