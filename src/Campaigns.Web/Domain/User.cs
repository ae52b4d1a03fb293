using Microsoft.AspNetCore.Identity;

namespace Campaigns.Web.Domain;

public class User : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
