namespace Campaigns.Web.Features.Errors;

/// <summary>
/// Endpoint metadata: the request may run again after its database connection was lost even when its first run
/// may have committed, because a repeat changes nothing more (a conditional update that applies once).
/// </summary>
public sealed class RunsAgainSafely;
