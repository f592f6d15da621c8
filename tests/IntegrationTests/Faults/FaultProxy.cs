using System.Net;
using System.Net.Sockets;

namespace CastingAgency.IntegrationTests.Faults;

/// <summary>
/// A TCP proxy on a loopback port in front of the real database server, so a test can make the database refuse
/// connections (<see cref="ProxyMode.Refuse"/>) or stop answering while connections stay open
/// (<see cref="ProxyMode.Freeze"/>), then recover (<see cref="ProxyMode.Pass"/>). Nothing leaves 127.0.0.1.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private readonly IPEndPoint _upstream;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stop = new();
    private TcpListener? _listener;
    private volatile ProxyMode _mode = ProxyMode.Pass;

    private FaultProxy(IPEndPoint upstream, int port)
    {
        _upstream = upstream;
        Port = port;
    }

    public int Port { get; }

    public ProxyMode Mode => _mode;

    public static FaultProxy Start(string upstreamHost, int upstreamPort)
    {
        var port = ApiProcess.FreePort();
        var proxy = new FaultProxy(new IPEndPoint(Dns.GetHostAddresses(upstreamHost).First(a => a.AddressFamily == AddressFamily.InterNetwork), upstreamPort), port);
        proxy.Listen();
        return proxy;
    }

    /// <summary>Switches the fault. Refuse closes the listener and resets every open connection; Pass listens again.</summary>
    public void Set(ProxyMode mode)
    {
        _mode = mode;
        if (mode == ProxyMode.Refuse)
        {
            _listener?.Stop();
            _listener = null;
            CloseAll();
        }
        else if (_listener is null)
        {
            Listen();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener?.Stop();
        CloseAll();
        _stop.Dispose();
    }

    private void Listen()
    {
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        _ = AcceptLoopAsync(listener);
    }

    private async Task AcceptLoopAsync(TcpListener listener)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
            {
                return; // listener stopped
            }

            Track(client);
            _ = LinkAsync(client);
        }
    }

    private async Task LinkAsync(TcpClient client)
    {
        // A frozen server still completes the TCP handshake (the kernel does), then never says a word.
        while (_mode == ProxyMode.Freeze && !_stop.IsCancellationRequested)
        {
            await Task.Delay(50);
        }

        if (_mode == ProxyMode.Refuse || _stop.IsCancellationRequested)
        {
            client.Dispose();
            return;
        }

        var upstream = new TcpClient();
        Track(upstream);
        try
        {
            await upstream.ConnectAsync(_upstream, _stop.Token);
            await Task.WhenAny(PumpAsync(client, upstream), PumpAsync(upstream, client));
        }
        catch (Exception ex) when (ex is SocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // a side went away
        }
        finally
        {
            client.Dispose();
            upstream.Dispose();
        }
    }

    private async Task PumpAsync(TcpClient from, TcpClient to)
    {
        var buffer = new byte[16 * 1024];
        var source = from.GetStream();
        var target = to.GetStream();
        while (!_stop.IsCancellationRequested)
        {
            var read = await source.ReadAsync(buffer, _stop.Token);
            if (read == 0)
            {
                return;
            }

            // Frozen: hold the bytes (the server "received" them and never answers).
            while (_mode == ProxyMode.Freeze && !_stop.IsCancellationRequested)
            {
                await Task.Delay(50, _stop.Token);
            }

            if (_mode == ProxyMode.Refuse)
            {
                return;
            }

            await target.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
        }
    }

    private void Track(TcpClient client)
    {
        lock (_open)
        {
            _open.Add(client);
        }
    }

    private void CloseAll()
    {
        lock (_open)
        {
            foreach (var client in _open)
            {
                try
                {
                    if (client.Client is { } socket)
                    {
                        socket.LingerState = new LingerOption(true, 0); // reset, as a crashed server would
                    }

                    client.Dispose();
                }
                catch (Exception ex) when (ex is ObjectDisposedException or SocketException)
                {
                }
            }

            _open.Clear();
        }
    }
}

public enum ProxyMode
{
    Pass,
    Freeze,
    Refuse,
}
