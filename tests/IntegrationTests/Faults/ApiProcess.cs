using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CastingAgency.IntegrationTests.Faults;

/// <summary>
/// The API as a real process (<c>dotnet CastingAgency.WebApi.dll</c>, the build the suite was built with), for what an
/// in-process host cannot show: the exit code at start-up, and what SIGTERM does to requests in flight.
/// Output is captured line by line.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the API with <paramref name="settings"/> (as environment variables), after <paramref name="command"/> if given.</summary>
    /// <summary>
    /// The settings every test process starts with: the suite's database (or <paramref name="connectionString"/>),
    /// no migration, the test tokens' issuer and key, no rate limit, Information logs (ASP.NET Core's at Warning).
    /// </summary>
    public static Dictionary<string, string> TestSettings(string? provider = null, string? connectionString = null, bool migrate = false) => new()
    {
        ["Database:Provider"] = provider ?? Infrastructure.TestDatabase.Provider,
        ["ConnectionStrings:CastingAgency"] = connectionString ?? Infrastructure.TestDatabase.ConnectionString,
        ["Database:MigrateOnStartup"] = migrate ? "true" : "false",
        ["Authentication:Schemes:Bearer:ValidIssuer"] = Infrastructure.TestTokens.Issuer,
        ["Authentication:Schemes:Bearer:ValidAudiences:0"] = Infrastructure.TestTokens.Audience,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = Infrastructure.TestTokens.Issuer,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Infrastructure.TestTokens.KeyBase64,
        ["RateLimiting:Enabled"] = "false",
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };

    public static ApiProcess Start(IReadOnlyDictionary<string, string> settings, string? command = null)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", $"\"{WebApiAssembly()}\" {command} --urls http://127.0.0.1:{port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(WebApiAssembly())!,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var api = new ApiProcess(process, port);
        process.OutputDataReceived += (_, e) => api.Append(e.Data);
        process.ErrorDataReceived += (_, e) => api.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return api;
    }

    /// <summary>Waits until <c>/health/live</c> answers, or fails with the output so far.</summary>
    public Task WaitUntilLiveAsync(TimeSpan timeout) => WaitUntilOkAsync("/health/live", timeout);

    /// <summary>Waits until <paramref name="path"/> answers 200, or fails with the output so far.</summary>
    public async Task WaitUntilOkAsync(string path, TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"the API exited with {_process.ExitCode} before {path} answered 200:\n{Output}");
            }

            try
            {
                if ((await http.GetAsync(new Uri(path, UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{path} did not answer 200 within {timeout}:\n{Output}");
    }

    /// <summary>Polls the output until it contains <paramref name="text"/>, or fails with the output so far.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"the API did not log \"{text}\" within {timeout}:\n{Output}");
            }

            if (_process.HasExited)
            {
                _process.WaitForExit(); // flush the redirected output
                Assert.That(Output, Does.Contain(text), $"the API exited with {_process.ExitCode}");
                return;
            }

            await Task.Delay(100);
        }
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            _process.WaitForExit(); // flush the redirected output
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGTERM, as a container runtime or systemd sends it.</summary>
    public void Terminate()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", $"-TERM {_process.Id}") { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>The WebApi build beside this test build: src/WebApi/bin/&lt;Configuration&gt;/&lt;tfm&gt;/CastingAgency.WebApi.dll.</summary>
    internal static string WebApiAssembly()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory); // tests/IntegrationTests/bin/<Configuration>/<tfm>/
        var tfm = here.Name;
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CastingAgency.sln")))
        {
            root = root.Parent;
        }

        var path = Path.Combine(root?.FullName ?? throw new InvalidOperationException("CastingAgency.sln not found above the test build"),
            "src", "WebApi", "bin", configuration, tfm, "CastingAgency.WebApi.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build the solution first", path);
    }

    /// <summary>A loopback port nobody listens on at this moment.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
