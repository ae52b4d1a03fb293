using Campaigns.Web.Domain;
using Campaigns.Web.Features.Campaigns;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Localization;

namespace Campaigns.Web.Features.MySignatures;

public sealed record MailboxSignatureView(string Token, SignatureRecord Signature)
{
    public IHtmlContent ShownName(IHtmlLocalizer l) => Signature.NameDisplay switch
    {
        NameDisplay.Full => new HtmlContentBuilder().Append(Signature.Name),
        NameDisplay.Initials => new HtmlContentBuilder().Append(CampaignQueries.Initials(Signature.Name)),
        NameDisplay.Hidden => l["Not shown in public; counted"],
        _ => l["Named nowhere, not even to officials; counted"],
    };

    public static LocalizedHtmlString ChoiceLabel(IHtmlLocalizer l, NameDisplay choice) => choice switch
    {
        NameDisplay.Full => l["My full name"],
        NameDisplay.Initials => l["My initials only"],
        NameDisplay.Hidden => l["Not in public lists (a letter I sent one by one still carries my name)"],
        _ => l["Count me but never name me, not even to the officials"],
    };

    public static LocalizedHtmlString FollowState(IHtmlLocalizer l, FollowRecord follow) =>
        follow.UnsubscribedAt is not null ? l["unsubscribed"]
        : follow.ConfirmedAt is not null ? l["following since {0:d MMMM yyyy}", follow.ConfirmedAt]
        : l["not confirmed yet"];
}
