using ComplaintMonitor.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Web.Features.Account;

/// <summary>Identity's validation messages (password rules, duplicate user names …) in the user's language instead of English.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError));
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure));
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken));
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), userName ?? "");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), userName);
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), role ?? "");
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), role);
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword));
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled));
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), role);
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), role);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), uniqueChars);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric));
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit));
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower));
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper));

    /// <summary>Our own rule (see <see cref="PasswordLetterValidator"/>): Identity has no "at least one letter" option.</summary>
    public IdentityError PasswordRequiresLetter() => Error(nameof(PasswordRequiresLetter));

    private IdentityError Error(string code, params object[] arguments) =>
        new() { Code = code, Description = localizer[$"Identity.{code}", arguments] };
}
