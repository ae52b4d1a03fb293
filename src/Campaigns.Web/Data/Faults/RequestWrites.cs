namespace Campaigns.Web.Data.Faults;

/// <summary>
/// Whether the database work of the request in flight may have changed anything yet: a commit was sent, or a
/// statement that can write ran outside a transaction. Until then, everything the request did was rolled back
/// with a lost connection, and the request can run again from the start.
/// </summary>
public sealed class RequestWrites
{
    private static readonly AsyncLocal<RequestWrites?> InFlight = new();
    private volatile bool _mayHaveWritten;

    public static RequestWrites? Current => InFlight.Value;

    public bool MayHaveWritten => _mayHaveWritten;

    public static RequestWrites Begin() => InFlight.Value = new RequestWrites();

    public static void Note()
    {
        if (InFlight.Value is { } writes)
        {
            writes._mayHaveWritten = true;
        }
    }
}
