using System.Security.Cryptography;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Seeding;

/// <summary>A demo sign-in to show at start-up; the password is null when it cannot be known any more.</summary>
public sealed record DemoLogin(string Email, string Role, string? Password);

/// <summary>
/// Creates the demo accounts through the user manager so passwords are hashed as for any user. Outside
/// Development the passwords are random, shown once, so a demo left running publicly is not an open door.
/// </summary>
public class DemoAccounts(UserManager<User> users, CampaignsDbContext db, IHostEnvironment environment)
{
    public async Task<IReadOnlyList<DemoLogin>> CreateAsync(
        IEnumerable<AccountSeed> seeds, IReadOnlyDictionary<string, Organisation> organisations, DateTime now, CancellationToken ct)
    {
        var logins = new List<DemoLogin>();
        foreach (var seed in seeds)
        {
            var password = environment.IsDevelopment() ? seed.DevelopmentPassword : RandomPassword();
            var user = new User { UserName = seed.Email, Email = seed.Email, EmailConfirmed = true, DisplayName = seed.DisplayName, CreatedAt = now };
            Ensure(await users.CreateAsync(user, password), seed.Email);
            Ensure(await users.AddToRolesAsync(user, seed.Roles), seed.Email);
            foreach (var slug in seed.Organisations)
            {
                var organisation = organisations.TryGetValue(slug, out var found) ? found
                    : throw new InvalidDataException($"Account {seed.Email} names an unknown organisation '{slug}'.");
                db.OrganisationMembers.Add(new OrganisationMember { OrganisationId = organisation.Id, UserId = user.Id, JoinedAt = now });
            }
            logins.Add(new DemoLogin(seed.Email, RoleOf(seed), password));
        }
        await db.SaveChangesAsync(ct);
        return logins;
    }

    /// <summary>The demo accounts of an earlier run that still exist; only Development passwords are known.</summary>
    public async Task<IReadOnlyList<DemoLogin>> ExistingAsync(IEnumerable<AccountSeed> seeds, CancellationToken ct)
    {
        var wanted = seeds.ToDictionary(s => users.NormalizeEmail(s.Email), StringComparer.Ordinal);
        var emails = wanted.Keys.ToList();
        var present = await db.Users.Where(u => emails.Contains(u.NormalizedEmail!)).Select(u => u.NormalizedEmail!).ToListAsync(ct);
        return wanted.Where(w => present.Contains(w.Key))
            .Select(w => new DemoLogin(w.Value.Email, RoleOf(w.Value), environment.IsDevelopment() ? w.Value.DevelopmentPassword : null))
            .ToList();
    }

    private static string RoleOf(AccountSeed seed) => seed.Roles.FirstOrDefault() ?? "User";

    private static string RandomPassword() =>
        $"{RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyz", 12)}-{RandomNumberGenerator.GetString("23456789", 6)}";

    private static void Ensure(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create the demo account {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
