using System.Text;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Features.Members;
using Campaigns.Web.Features.Shared;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Accounts;

public static class RegisterAccount
{
    public sealed class Request
    {
        public string? DisplayName { get; set; }
        public string? OrganisationName { get; set; }
        public string? Email { get; set; }
        public string? Password { get; set; }
        public string? ConfirmPassword { get; set; }

        /// <summary>The code of the invitation the person came from: they join that organisation instead of creating one.</summary>
        public string? Invitation { get; set; }

        /// <summary>A honeypot: hidden from people, filled in by form-spamming bots.</summary>
        public string? Website { get; set; }
    }

    public enum Outcome { CheckInbox, Rejected }

    public sealed record Result(Outcome Outcome, IReadOnlyList<FieldError> Errors)
    {
        public static readonly Result CheckInbox = new(Outcome.CheckInbox, []);
    }

    public sealed record FieldError(string Field, string Message);

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l, IOptions<MailOptions> mail)
        {
            RuleFor(r => r.DisplayName)
                .NotEmpty().WithMessage(_ => l["Please enter your name."])
                .MaximumLength(100).WithMessage(_ => l["Your name can be at most {0} characters long.", 100]);
            RuleFor(r => r.OrganisationName)
                .NotEmpty().When(r => string.IsNullOrEmpty(r.Invitation)).WithMessage(_ => l["Please enter the name of your organisation."])
                .MaximumLength(200).WithMessage(_ => l["The organisation's name can be at most {0} characters long.", 200]);
            RuleFor(r => r.Email).RequiredEmail(l, mail.Value);
            RuleFor(r => r.Password)
                .NotEmpty().WithMessage(_ => l["Please choose a password."])
                .MaximumLength(200).WithMessage(_ => l["The password can be at most {0} characters long.", 200]);
            RuleFor(r => r.ConfirmPassword).Equal(r => r.Password).WithMessage(_ => l["The two passwords do not match."]);
        }
    }

    public class Handler(
        IStringLocalizer<SharedResource> l, CampaignsDbContext db, UserManager<User> users, AcceptInvitation invitations, TimeProvider clock)
    {
        private const int MaxAttempts = 3;

        public async Task<Result> HandleAsync(Request request, CancellationToken ct)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await TryRegisterAsync(request, ct);
                }
                catch (DbUpdateException ex) when (ex.IsUniqueViolation() && attempt < MaxAttempts)
                {
                    // A registration racing this one took the address or the organisation's slug: look again.
                    db.ChangeTracker.Clear();
                }
            }
        }

        // The user, their role, the organisation and the confirmation email commit together or not at all.
        private async Task<Result> TryRegisterAsync(Request request, CancellationToken ct)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var email = request.Email!.Trim();
            var invited = await InvitedAsync(request.Invitation, email, ct);
            if (!invited && string.IsNullOrWhiteSpace(request.OrganisationName))
            {
                return new Result(Outcome.Rejected, [new FieldError(nameof(Request.OrganisationName),
                    l["The invitation is for another email address or no longer open: enter the name of your organisation to start your own."])]);
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var user = new User { UserName = email, Email = email, DisplayName = Clean(request.DisplayName!), CreatedAt = now };
            var created = await users.CreateAsync(user, request.Password!);
            if (!created.Succeeded)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return created.Errors.Any(IsDuplicate)
                    ? await TellMailboxOwnerAsync(email, now, ct)
                    : new Result(Outcome.Rejected, created.Errors.Select(ToFieldError).ToList());
            }
            var role = await users.AddToRoleAsync(user, Roles.Organizer);
            if (!role.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", role.Errors.Select(e => e.Description)));
            }
            if (!invited)
            {
                var name = Clean(request.OrganisationName!);
                var organisation = new Organisation { Name = name, Slug = await OrganisationSlug.UniqueAsync(db, name, ct), CreatedAt = now };
                organisation.Members.Add(new OrganisationMember { UserId = user.Id, JoinedAt = now });
                db.Organisations.Add(organisation);
            }
            db.Enqueue(AccountEmails.Confirmation, AccountEmails.ConfirmationKey(user.Id), AccountEmails.Payload.ForCurrentRequest(user.Id), now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Result.CheckInbox;
        }

        // An invited person accepts the invitation once signed in; their account starts without an organisation of its own.
        private async Task<bool> InvitedAsync(string? code, string email, CancellationToken ct) =>
            !string.IsNullOrEmpty(code) && await invitations.FindAsync(code, ct) is { IsOk: true } found
            && users.NormalizeEmail(email) == users.NormalizeEmail(found.Value!.Email);

        // The page says the same as for a new account, so the form cannot tell anyone who is registered;
        // the owner of the address hears about it instead (or gets a fresh link if they never confirmed).
        private async Task<Result> TellMailboxOwnerAsync(string email, DateTime now, CancellationToken ct)
        {
            var existing = await users.FindByNameAsync(email) ?? await users.FindByEmailAsync(email);
            if (existing is not null)
            {
                var kind = existing.EmailConfirmed ? AccountEmails.RegistrationAttempt : AccountEmails.Confirmation;
                await AccountEmails.EnqueueRepeatAsync(db, kind, existing.Id, now, ct);
            }
            return Result.CheckInbox;
        }

        private static bool IsDuplicate(IdentityError error) =>
            error.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName);

        private static FieldError ToFieldError(IdentityError error) => new(
            error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Request.Password)
            : error.Code is nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) ? nameof(Request.Email)
            : "",
            error.Description);

        private static string Clean(string text) =>
            string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);
    }
}
