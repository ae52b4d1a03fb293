namespace Campaigns.Web.Features.Answers;

/// <summary>
/// Where an official stands: <see cref="Answered"/>; <see cref="Overdue"/> once the campaign's wait has passed since
/// the letters reached them (or the campaign was published, when nothing was delivered); <see cref="Awaited"/> before
/// that; <see cref="NotYetAsked"/> while the campaign is a draft.
/// </summary>
public enum AnswerState { Answered, Overdue, Awaited, NotYetAsked }

/// <summary>One official of a campaign and their answer, or how long they have left it unanswered.</summary>
public sealed record OfficialAnswerRow(
    Guid TargetId, string Name, string? Title, string? Organisation, AnswerState State,
    DateOnly? ReceivedOn, string? Summary, string? DocumentUrl, string? DocumentType,
    DateTime? WaitingSince, bool SinceDelivery, int? DaysWaiting)
{
    public string FullName => Title is null ? Name : $"{Title} {Name}";
}

public sealed record AnswerBoardView(string Slug, int WaitDays, IReadOnlyList<OfficialAnswerRow> Officials)
{
    public int Answered => Officials.Count(o => o.State == AnswerState.Answered);
}
