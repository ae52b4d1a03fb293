using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Campaigns.Tests.Infrastructure;

/// <summary>
/// A port of the test's own in front of PostgreSQL: an app pointed at it loses its database when the relay stops
/// (its connections are cut and the port refuses new ones) and finds it again when the relay starts.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly IPEndPoint _server;
    private readonly ConcurrentDictionary<Socket, bool> _sockets = new();
    private TcpListener? _listener;

    public TcpRelay(string postgresConnectionString)
    {
        var server = new NpgsqlConnectionStringBuilder(postgresConnectionString);
        _server = new IPEndPoint(Dns.GetHostAddresses(server.Host!)[0], server.Port);
        Start(0);
    }

    public int Port { get; private set; }

    /// <summary>The connection string with the relay's port in place of the server's.</summary>
    public string Relayed(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Host = "127.0.0.1", Port = Port }.ConnectionString;

    public void Start() => Start(Port);

    public void Stop()
    {
        _listener?.Stop();
        _listener = null;
        foreach (var socket in _sockets.Keys)
        {
            socket.Dispose();
        }
        _sockets.Clear();
    }

    private void Start(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _listener = listener;
        _ = AcceptAsync(listener);
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        try
        {
            while (true)
            {
                var client = await listener.AcceptSocketAsync();
                var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
                _sockets[client] = true;
                _sockets[server] = true;
                await server.ConnectAsync(_server);
                _ = PumpAsync(client, server);
                _ = PumpAsync(server, client);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // The relay was stopped.
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        try
        {
            await using var source = new NetworkStream(from, ownsSocket: false);
            await using var target = new NetworkStream(to, ownsSocket: false);
            await source.CopyToAsync(target);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // One side hung up or the relay was stopped.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
            _sockets.TryRemove(from, out _);
            _sockets.TryRemove(to, out _);
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }
}
