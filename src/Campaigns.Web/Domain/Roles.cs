namespace Campaigns.Web.Domain;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Organizer = "Organizer";
}
