using ComplaintMonitor.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace ComplaintMonitor.Web.Features.Account;

/// <summary>The password rule Identity lacks: at least one letter (Latin or not), next to its length and digit rules.</summary>
public sealed class PasswordLetterValidator(LocalizedIdentityErrorDescriber describer) : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && password.Any(char.IsLetter)
            ? IdentityResult.Success
            : IdentityResult.Failed(describer.PasswordRequiresLetter()));
}
