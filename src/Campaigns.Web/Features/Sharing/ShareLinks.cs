namespace Campaigns.Web.Features.Sharing;

public sealed record ShareLink(string Service, string Href);

/// <summary>
/// Plain links to each service's own share page. Nothing from those sites is loaded before a person picks one:
/// no buttons, images or scripts of theirs are on the page. Signal has no web address that shares a link, so it
/// is offered the copy field instead.
/// </summary>
public static class ShareLinks
{
    public static IReadOnlyList<ShareLink> For(string url, string title, string emailLabel)
    {
        var u = Uri.EscapeDataString(url);
        var t = Uri.EscapeDataString(title);
        var both = Uri.EscapeDataString($"{title} {url}");
        return
        [
            new(emailLabel, $"mailto:?subject={t}&body={Uri.EscapeDataString($"{title}\n\n{url}")}"),
            new("WhatsApp", $"https://wa.me/?text={both}"),
            new("Telegram", $"https://t.me/share/url?url={u}&text={t}"),
            new("X", $"https://x.com/intent/post?text={t}&url={u}"),
            new("Facebook", $"https://www.facebook.com/sharer/sharer.php?u={u}"),
            new("LINE", $"https://social-plugins.line.me/lineit/share?url={u}"),
            new("Weibo", $"https://service.weibo.com/share/share.php?url={u}&title={t}"),
        ];
    }
}
