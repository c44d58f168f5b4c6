using System.Diagnostics;

namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>Headless Chromium, when the machine has it (the test command installs the Debian package).</summary>
public static class Chromium
{
    public static string? Path { get; } = new[] { "chromium", "chromium-browser", "google-chrome" }
        .Select(Find).FirstOrDefault(p => p is not null);

    static string? Find(string name) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => System.IO.Path.Combine(dir, name))
        .FirstOrDefault(File.Exists);

    /// <summary>Loads a page, lets its scripts run for a virtual time budget, and returns the resulting DOM.</summary>
    public static async Task<string> DumpDomAsync(Uri page, TimeSpan budget)
    {
        var profile = Directory.CreateTempSubdirectory("routegraph-chromium-");
        try
        {
            var start = new ProcessStartInfo(Path!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
                         $"--user-data-dir={profile.FullName}", $"--virtual-time-budget={(int)budget.TotalMilliseconds}", "--dump-dom",
                         page.ToString(),
                     })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var dom = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish: " + await errors);
            }

            return await dom;
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // chromium may still hold a lock file for a moment; the temp folder is harmless
            }
        }
    }
}
