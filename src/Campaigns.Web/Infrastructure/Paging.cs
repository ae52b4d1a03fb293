namespace Campaigns.Web.Infrastructure;

public static class Paging
{
    /// <summary>Far beyond any real list, and small enough that page × size cannot overflow an offset.</summary>
    public const int MaxPage = 100_000;
}
