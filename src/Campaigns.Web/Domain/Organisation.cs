namespace Campaigns.Web.Domain;

public class Organisation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    /// <summary>Every member must sign in with an authenticator app before organizer pages or the API work for them.</summary>
    public bool RequireTwoFactor { get; set; }
    public List<OrganisationMember> Members { get; set; } = [];
}

public class OrganisationMember
{
    public Guid OrganisationId { get; set; }
    public string UserId { get; set; } = "";
    public DateTime JoinedAt { get; set; }
    public MemberRole Role { get; set; } = MemberRole.Owner;
    public Organisation? Organisation { get; set; }
    public User? User { get; set; }
}

/// <summary>What a member may do: owners also manage members and read the audit log; viewers only look.</summary>
public enum MemberRole { Owner, Organizer, Viewer }
