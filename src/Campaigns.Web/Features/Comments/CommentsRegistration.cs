namespace Campaigns.Web.Features.Comments;

public static class CommentsRegistration
{
    public static IServiceCollection AddComments(this IServiceCollection services)
    {
        services.AddScoped<PublicComments>();
        services.AddScoped<CommentModeration>();
        return services;
    }
}
