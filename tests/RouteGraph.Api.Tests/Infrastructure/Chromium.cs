namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>Headless Chromium, when the machine has it (the test command installs the Debian package); <see cref="Browser"/> drives it.</summary>
public static class Chromium
{
    public static string? Path { get; } = new[] { "chromium", "chromium-browser", "google-chrome" }
        .Select(Find).FirstOrDefault(p => p is not null);

    static string? Find(string name) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => System.IO.Path.Combine(dir, name))
        .FirstOrDefault(File.Exists);
}
