using System.Diagnostics;
using System.Text.Json.Nodes;
using CastingAgency.IntegrationTests.Faults;

namespace CastingAgency.IntegrationTests.Platform;

/// <summary>
/// A build is a pure function of the sources: the document <c>dotnet build</c> writes to the tracked
/// <c>docs/openapi/v1.json</c> is the same whatever <c>ASPNETCORE_ENVIRONMENT</c> the build runs under. Each case
/// runs the command the build runs (Microsoft.Extensions.ApiDescription.Server's <c>dotnet-getdocument</c>, on the
/// WebApi build beside this test build) under one environment and compares its output with the committed file.
/// Slow: each case starts the app in a process of its own.
/// </summary>
[Category("Slow")]
public sealed class BuildTimeDocumentTests
{
    private static readonly TimeSpan GenerationBudget = TimeSpan.FromMinutes(3);

    [TestCase("Development")]
    [TestCase("Production")]
    [TestCase("Staging")]
    public async Task BuildTimeDocumentShouldBeTheCommittedOneWhateverTheEnvironment(string environment)
    {
        var output = Directory.CreateTempSubdirectory("casting-agency-openapi-");
        try
        {
            var generated = await GenerateAsync(environment, output.FullName);

            var committed = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "openapi", "v1.json"));
            Assert.That(Normalized(generated), Is.EqualTo(Normalized(committed)),
                $"building under ASPNETCORE_ENVIRONMENT={environment} would rewrite docs/openapi/v1.json");
            Assert.That(JsonNode.Parse(generated)!["paths"]!.AsObject().Select(p => p.Key), Does.Not.Contain("/dev/token"));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static async Task<string> GenerateAsync(string environment, string output)
    {
        var assembly = ApiProcess.WebApiAssembly();
        var project = Path.Combine(RepositoryRoot(), "src", "WebApi");
        var assets = Path.Combine(project, "obj", "project.assets.json");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = project,
        };
        foreach (var argument in new[]
                 {
                     GetDocumentTool(assets), "--assembly", assembly, "--file-list", Path.Combine(output, "documents.cache"),
                     "--framework", ".NETCoreApp,Version=v10.0", "--output", output, "--project", "CastingAgency.WebApi",
                     "--assets-file", assets, "--file-name", "v1",
                 })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment.Remove("DOTNET_ENVIRONMENT");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        info.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(GenerationBudget);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet-getdocument did not finish within {GenerationBudget}");
        }

        var log = await stdout + await stderr;
        Assert.That(process.ExitCode, Is.Zero, log);
        return await File.ReadAllTextAsync(Path.Combine(output, "v1.json"));
    }

    /// <summary>The tool the build runs, from the package folder recorded in the WebApi project's assets file.</summary>
    private static string GetDocumentTool(string assetsFile)
    {
        var assets = JsonNode.Parse(File.ReadAllText(assetsFile))!;
        var folder = assets["packageFolders"]!.AsObject().First().Key;
        var package = assets["libraries"]!.AsObject()
            .First(l => l.Key.StartsWith("Microsoft.Extensions.ApiDescription.Server/", StringComparison.Ordinal)).Value!;
        var tool = Path.Combine(folder, package["path"]!.GetValue<string>(), "tools", "dotnet-getdocument.dll");
        return File.Exists(tool) ? tool : throw new FileNotFoundException("restore the solution first", tool);
    }

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CastingAgency.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("CastingAgency.sln not found above the test build");
    }

    private static string Normalized(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
