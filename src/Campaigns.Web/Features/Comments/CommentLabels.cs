using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Mvc.Localization;

namespace Campaigns.Web.Features.Comments;

public static class CommentLabels
{
    public static LocalizedHtmlString Review(IHtmlLocalizer l, CommentReview review) => review switch
    {
        CommentReview.Pending => l["Awaiting approval"],
        CommentReview.Approved => l["Shown"],
        CommentReview.Rejected => l["Rejected"],
        CommentReview.HiddenByAdmin => l["Hidden by the admins"],
        _ => throw new ArgumentOutOfRangeException(nameof(review), review, null),
    };
}
