using Campaigns.Web.Email;
using MailKit.Security;

namespace Campaigns.Tests.Email;

public class SmtpSecurityTests
{
    [Theory]
    [InlineData(SmtpSecurity.Auto, SecureSocketOptions.Auto)]
    [InlineData(SmtpSecurity.StartTls, SecureSocketOptions.StartTls)]
    [InlineData(SmtpSecurity.SslOnConnect, SecureSocketOptions.SslOnConnect)]
    [InlineData(SmtpSecurity.None, SecureSocketOptions.None)]
    public void Each_setting_asks_mailkit_for_the_matching_protection(SmtpSecurity setting, SecureSocketOptions expected) =>
        Assert.Equal(expected, setting.ToSocketOptions());

    [Fact]
    public void Starttls_is_required_unless_configured_otherwise() =>
        Assert.Equal(SmtpSecurity.StartTls, new MailOptions().Smtp.Security);
}
