using System.Net.Http.Headers;
using System.Text.Json;
using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Infrastructure;

/// <summary>
/// An organizer created by <see cref="Seed.OrganizerAsync"/>, with the password to sign in with and, when the account
/// uses two-step verification, the key its authenticator app holds.
/// </summary>
public sealed record Organizer(string UserId, string Email, string Password, Guid OrganisationId, string? AuthenticatorKey = null);

/// <summary>
/// Puts the rows a test starts from straight into the database: organizers, organisations and campaigns.
/// Everything gets unique names, so tests sharing one app never see each other's data.
/// </summary>
public sealed class Seed(CampaignsAppFactory app)
{
    public const string Password = "correct-horse-battery-42";

    /// <summary>
    /// A confirmed user in the Organizer role (or <paramref name="role"/>), owner of a new organisation. Admins, who must
    /// use two-step verification, get an authenticator key.
    /// </summary>
    public Task<Organizer> OrganizerAsync(string? email = null, string role = Roles.Organizer) => app.WithScopeAsync(async sp =>
    {
        var now = app.Clock.UtcNow;
        email ??= Emails.Unique("organizer");
        var user = new User { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test Organizer", CreatedAt = now };
        var users = sp.GetRequiredService<UserManager<User>>();
        Succeeded(await users.CreateAsync(user, Password));
        Succeeded(await users.AddToRoleAsync(user, role));
        var organisation = NewOrganisation(now);
        organisation.Members.Add(new OrganisationMember { UserId = user.Id, JoinedAt = now });
        var db = sp.GetRequiredService<Campaigns.Web.Data.CampaignsDbContext>();
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var key = role == Roles.Admin ? await EnableTwoFactorAsync(users, user) : null;
        return new Organizer(user.Id, email, Password, organisation.Id, key);
    });

    /// <summary>An HttpClient carrying a bearer token for the user, as <c>POST /api/account/token</c> would issue.</summary>
    public async Task<HttpClient> ClientForAsync(Organizer organizer)
    {
        var token = await app.WithScopeAsync(async sp =>
        {
            var user = await sp.GetRequiredService<UserManager<User>>().FindByIdAsync(organizer.UserId)
                ?? throw new InvalidOperationException($"No user {organizer.UserId}.");
            var principal = await sp.GetRequiredService<IUserClaimsPrincipalFactory<User>>().CreateAsync(user);
            var http = new DefaultHttpContext { RequestServices = sp };
            http.Response.Body = new MemoryStream();
            await http.SignInAsync(IdentityConstants.BearerScheme, principal);
            http.Response.Body.Position = 0;
            using var json = await JsonDocument.ParseAsync(http.Response.Body);
            return json.RootElement.GetProperty("accessToken").GetString()!;
        });
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// A published, open petition with <paramref name="targets"/> targets, owned by the organizer's organisation
    /// (or a new one). <paramref name="configure"/> can change anything before it is saved: status, deadline, goal.
    /// </summary>
    public Task<Campaign> PetitionAsync(Action<Campaign>? configure = null, Organizer? owner = null, int targets = 2) => app.WithDbAsync(async db =>
    {
        var now = app.Clock.UtcNow;
        var organisationId = owner?.OrganisationId ?? db.Organisations.Add(NewOrganisation(now)).Entity.Id;
        var campaign = NewPetition(organisationId, now, targets);
        configure?.Invoke(campaign);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        return campaign;
    });

    /// <summary>An unsaved, published petition with a unique slug and its targets, for tests that own the context.</summary>
    public static Campaign NewPetition(Guid organisationId, DateTime now, int targets = 2)
    {
        var slug = $"petition-{Guid.NewGuid():N}"[..22];
        var campaign = new Campaign
        {
            OrganisationId = organisationId,
            Slug = slug,
            Kind = CampaignKind.Petition,
            Status = CampaignStatus.Published,
            Title = $"Release the prisoners of conscience ({slug})",
            Summary = "Peaceful writers are detained for their work. Ask for their release.",
            Body = "## Why this matters\n\nThey wrote **peacefully** and were jailed for it.",
            StartedBy = "Test organisation",
            Goal = 1000,
            CreatedAt = now,
            PublishedAt = now,
        };
        for (var i = 0; i < targets; i++)
        {
            var target = new Target { OrganisationId = organisationId, Name = $"Official {i + 1}", Title = "Minister", Affiliation = "Ministry of Justice", Country = "CN", CreatedAt = now };
            campaign.Targets.Add(new CampaignTarget { Target = target, Position = i });
        }
        return campaign;
    }

    public Task<Campaign?> FindCampaignAsync(string slug) =>
        app.WithDbAsync(db => db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug));

    public static Organisation NewOrganisation(DateTime now)
    {
        var slug = $"org-{Guid.NewGuid():N}"[..16];
        return new Organisation { Name = $"Organisation {slug}", Slug = slug, CreatedAt = now };
    }

    private static async Task<string> EnableTwoFactorAsync(UserManager<User> users, User user)
    {
        Succeeded(await users.ResetAuthenticatorKeyAsync(user));
        Succeeded(await users.SetTwoFactorEnabledAsync(user, true));
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
