namespace Campaigns.Web.Features.Answers;

public static class AnswerLinks
{
    public static string Document(string slug, Guid targetId) => $"/campaigns/{Uri.EscapeDataString(slug)}/answers/{targetId}/document";

    public static string Organizer(string slug) => $"/organizer/campaigns/{Uri.EscapeDataString(slug)}/answers";
}
