using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using RouteGraph.Api.GraphQL;
using RouteGraph.Api.GraphQL.Validation;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests;

/// <summary>
/// The cost model against real front ends and a hostile corpus: every GraphQL operation the docs show (and the explorer
/// sends) is answered on the bundled seed within the default limits, every hostile document is refused before it executes.
/// </summary>
public sealed partial class CostModelTests(CostModelTests.SeedApi api) : IClassFixture<CostModelTests.SeedApi>
{
    public sealed class SeedApi : ApiFactory
    {
        public SeedApi() => ServeBundledSeed = true;
    }

    /// <summary>The same API with a cost limit of 1, so a refusal reports every operation's estimated cost.</summary>
    public sealed class Probe : ApiFactory
    {
        public Probe()
        {
            ServeBundledSeed = true;
            Settings["RouteGraph:Limits:MaxComplexity"] = "1";
        }
    }

    [GeneratedRegex("```graphql\\n(?<document>[\\s\\S]*?)```")]
    private static partial Regex GraphQLBlock();

    /// <summary>The explorer's documents are template strings in its queries module (when the explorer is in the tree).</summary>
    [GeneratedRegex("`(?<document>(query|\\{)[^`]*)`")]
    private static partial Regex TemplateString();

    [GeneratedRegex("const (?<name>\\w+) = `(?<text>[^`]*)`;")]
    private static partial Regex Constant();

    [GeneratedRegex("\\$\\{(?<name>\\w+)\\}")]
    private static partial Regex Interpolation();

    public static TheoryData<string, string> FrontEndOperations()
    {
        var operations = new TheoryData<string, string>();
        foreach (var doc in new[] { "README.md", "docs/graphql.md", "docs/caching.md", "docs/architecture.md" })
        {
            var text = File.ReadAllText(Path.Combine(RepoPaths.Root, doc)).ReplaceLineEndings("\n");
            var n = 0;
            foreach (Match block in GraphQLBlock().Matches(text))
                operations.Add($"{doc} block {++n}", block.Groups["document"].Value);
        }

        var explorer = Path.Combine(RepoPaths.Root, "src", "RouteGraph.Explorer", "explorer", "queries.js");
        if (File.Exists(explorer))
        {
            var module = File.ReadAllText(explorer);
            // Shared pieces (const source = `...`;) are spliced in as the page's template strings do.
            var pieces = Constant().Matches(module).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["text"].Value);
            var n = 0;
            foreach (Match query in TemplateString().Matches(module))
                operations.Add($"explorer query {++n}", Interpolation().Replace(query.Groups["document"].Value, m => pieces[m.Groups["name"].Value]));
        }

        return operations;
    }

    /// <summary>Variables a documented operation may declare, with values from the bundled seed.</summary>
    static readonly Dictionary<string, object> Variables = new()
    {
        ["route"] = "central-mediterranean", ["routeId"] = "central-mediterranean", ["lang"] = "it", ["iso"] = "TN", ["iso2"] = "TN",
        ["on"] = "2024-01-01", ["day"] = "2024-01-01", ["from"] = "2010-01-01", ["to"] = "2024-01-01", ["sector"] = "ANTI_SMUGGLING",
        ["id"] = "central-mediterranean",
    };

    [Theory]
    [MemberData(nameof(FrontEndOperations))]
    public async Task Front_end_operations_are_answered_within_the_default_limits(string where, string document)
    {
        var client = await api.ReadyClientAsync();
        var variables = Variables.Where(v => document.Contains("$" + v.Key, StringComparison.Ordinal)).ToDictionary();

        var answer = await client.PostAsync(document, variables);

        Assert.True(answer.Errors is null, $"{where}: {answer.Errors?.ToJsonString()}");
        Assert.NotNull(answer.Data);
    }

    [Fact]
    public async Task A_partnership_card_costs_what_its_lists_can_hold()
    {
        // The front-end operation: 108,521 when every list counted 20, refused; the documented formula gave 1,931.
        var card = FrontEndOperations().Single(o => ((string)o[1]).Contains("query PartnershipCards", StringComparison.Ordinal))[1];

        var cost = await CostAsync((string)card);

        Assert.InRange(cost, 1_000, 3_000);
    }

    public static TheoryData<string, string> HostileCorpus() => new()
    {
        { "nested lists through partners", "{ partnerships(first: 200) { nodes { partners { partnerships { partners { partnerships { id } } } } } } }" },
        { "nested lists through routes", "{ routes { countries { country { routes { route { countries { country { routes { route { id } } } } } } } } } }" },
        { "a huge limit", "{ search(text: \"a\", limit: 1000000) { name } }" },
        { "thirty graph views", "{ " + string.Join(" ", Enumerable.Range(0, 30).Select(i => $"g{i}: graph {{ nodes {{ id name lat lon }} edges {{ source target }} }}")) + " }" },
        { "thirty introspections", "{ " + string.Join(" ", Enumerable.Range(0, 30).Select(i => $"s{i}: __schema {{ types {{ name }} }}")) + " }" },
        { "a fragment explosion", "query { ...F12 } fragment F0 on Query { __typename } " + string.Concat(Enumerable.Range(1, 12).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }} ")) },
        { "one field a thousand times", "{ routes { " + string.Concat(Enumerable.Repeat("id ", 1_001)) + "} }" },
        { "deep nesting", "{ country(iso2: \"TN\") { " + string.Concat(Enumerable.Repeat("routes { route { countries { country { ", 4)) + "id" + new string('}', 18) },
        { "thirty-one aliases", "{ " + string.Join(" ", Enumerable.Range(0, 31).Select(i => $"a{i}: sectors {{ code }}")) + " }" },
    };

    [Theory]
    [MemberData(nameof(HostileCorpus))]
    public async Task The_hostile_corpus_is_refused_before_execution(string what, string document)
    {
        var client = await api.ReadyClientAsync();

        var answer = await client.PostAsync(document);

        Assert.False(answer.HasData, what);
        Assert.Matches("^MAX_(COMPLEXITY|FIELDS|DEPTH|ALIASES)_EXCEEDED$", answer.FirstCode);
    }

    [Fact]
    public void Every_known_list_size_names_a_list_field_of_the_schema()
    {
        var schema = api.Services.GetRequiredService<RouteGraphSchema>();
        schema.Initialize();
        foreach (var name in CostRule.ListSizes.Keys)
        {
            var (type, field) = (name.Split('.')[0], name.Split('.')[1]);
            var definition = (schema.AllTypes[type] as global::GraphQL.Types.IComplexGraphType)?.GetField(field);
            Assert.True(definition is not null, $"{name} is not a field of the schema");
            var resolved = definition!.ResolvedType is global::GraphQL.Types.NonNullGraphType nonNull ? nonNull.ResolvedType : definition.ResolvedType;
            Assert.True(resolved is global::GraphQL.Types.ListGraphType, $"{name} is not a list");
        }
    }

    /// <summary>The estimated cost of a document, read from the refusal of an API whose limit is 1.</summary>
    static async Task<double> CostAsync(string document)
    {
        await using var probe = new Probe();
        var client = await probe.ReadyClientAsync();
        var answer = await client.PostAsync(document, Variables.Where(v => document.Contains("$" + v.Key, StringComparison.Ordinal)).ToDictionary());
        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", answer.FirstCode);
        return answer.Errors![0]!["extensions"]!["actual"]!.GetValue<double>();
    }
}
