namespace Campaigns.Web.Resources;

/// <summary>Anchor type for the shared UI and email strings in SharedResource.resx.</summary>
public class SharedResource;
