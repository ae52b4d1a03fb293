using Campaigns.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Campaigns.Web.Infrastructure;

public static class OpenApiSetup
{
    private const string BearerScheme = "Bearer";

    public static IServiceCollection AddCampaignsOpenApi(this IServiceCollection services) => services.AddOpenApi(o =>
    {
        o.ShouldInclude = d => d.RelativePath is { } path && (path.StartsWith("api/") || path.StartsWith("health/"));
        // Use cases nest their Request and Response types; the outer class keeps the schema names apart.
        o.CreateSchemaReferenceId = type => type.Type.DeclaringType is { } outer
            ? outer.Name + OpenApiOptions.CreateDefaultSchemaReferenceId(type)
            : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Campaigns API";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An access token from POST /api/account/token, sent as 'Authorization: Bearer <accessToken>'. " +
                    "Tokens last 8 hours; POST /api/account/refresh exchanges the refresh token for a new pair.",
            };
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] });
            }
            return Task.CompletedTask;
        });
    });
}
