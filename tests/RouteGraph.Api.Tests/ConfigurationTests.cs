using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using RouteGraph.Api.Tests.Infrastructure;
using RouteGraph.Core.Seed;

namespace RouteGraph.Api.Tests;

/// <summary>The defaults of the run command and the overrides the README names.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task With_no_configuration_it_listens_on_127_0_0_1_port_5080()
    {
        await using var app = ApiHost.Build([]);
        Assert.Equal("http://127.0.0.1:5080", app.Configuration["urls"]);
    }

    [Fact]
    public async Task Urls_on_the_command_line_win()
    {
        await using var app = ApiHost.Build(["--urls", "http://127.0.0.1:6123"]);
        Assert.Equal("http://127.0.0.1:6123", app.Configuration["urls"]);
    }

    [Fact]
    public async Task SeedPath_serves_another_seed_folder()
    {
        using var copy = SeedCopy.Create();
        await using var factory = new ApiFactory { ServeBundledSeed = true, Settings = { ["RouteGraph:SeedPath"] = copy.Path } };
        var client = await factory.ReadyClientAsync();
        var ready = JsonNode.Parse(await client.Http.GetStringAsync("/health/ready"))!;
        Assert.Equal(SeedLoader.ComputeVersion(copy.Path), ready["checks"]![0]!["data"]!["version"]!.GetValue<string>());
        (await client.PostAsync("{ routes { id } }")).OkData();
    }

    [Fact]
    public async Task A_broken_seed_is_not_served_and_ready_names_the_file_line_and_column()
    {
        using var copy = SeedCopy.Create();
        var countries = Path.Combine(copy.Path, "nodes", "Country.csv");
        var lines = File.ReadAllLines(countries);
        lines[1] = lines[1].Replace(",true", ",maybe").Replace(",false", ",maybe"); // euMember:boolean of the first country
        File.WriteAllLines(countries, lines);

        await using var factory = new ApiFactory
        {
            ServeBundledSeed = true,
            Settings = { ["RouteGraph:SeedPath"] = copy.Path, ["RouteGraph:RetryMaxDelay"] = "00:00:00.100" },
        };
        var client = factory.CreateClient();
        JsonNode ready;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            var response = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            ready = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            await Task.Delay(50);
        }
        while (!ready["checks"]![0]!["description"]!.GetValue<string>().Contains("Country.csv:2:") && DateTime.UtcNow < deadline);

        Assert.Contains("nodes/Country.csv:2:", ready["checks"]![0]!["description"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal("GRAPH_NOT_LOADED", (await new GraphQLClient(client).PostAsync("{ routes { id } }")).FirstCode);
    }

    [Fact]
    public async Task A_missing_seed_folder_is_reported_not_fatal()
    {
        await using var factory = new ApiFactory
        {
            ServeBundledSeed = true,
            Settings = { ["RouteGraph:SeedPath"] = Path.Combine(Path.GetTempPath(), "no-such-graph-seed-" + Guid.NewGuid().ToString("N")) },
        };
        var client = factory.CreateClient();
        var response = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public void An_unknown_store_is_refused_at_start_with_its_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ApiHost.Build(["--RouteGraph:Store", "Oracle"]));
        Assert.Contains("Oracle", error.Message);
    }

    [Theory]
    [InlineData("--RouteGraph:Limits:MaxDepth", "0", "RouteGraph:Limits:MaxDepth must be 1 or more.")]
    [InlineData("--RouteGraph:Cache:MaxMemoryBytes", "1000", "RouteGraph:Cache:MaxMemoryBytes must be at least 65536 (64 KiB).")]
    [InlineData("--RouteGraph:Cache:Redis:OperationTimeout", "-00:00:01", "RouteGraph:Cache:Redis:OperationTimeout must be a positive time span")]
    public async Task A_setting_out_of_range_stops_the_start_with_a_message_naming_it(string key, string value, string message)
    {
        await using var app = ApiHost.Build(["--urls", "http://127.0.0.1:0", key, value]);

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(message, error.Message);
    }

    sealed class SeedCopy : IDisposable
    {
        SeedCopy(string path) => Path = path;

        public string Path { get; }

        public static SeedCopy Create()
        {
            var source = SeedLoader.FindDefaultDirectory()!;
            var target = Directory.CreateTempSubdirectory("routegraph-seed-").FullName;
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var to = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }

            return new SeedCopy(target);
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
