using Microsoft.Extensions.Caching.Memory;
using RouteGraph.Api.Caching;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests.Redis;

/// <summary>The pieces of the cache key: normalised documents, the operation a request runs, canonical variables, the key and the ETag.</summary>
public sealed class CacheKeyTests
{
    static DocumentCache Documents()
    {
        var memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = 1 << 20 });
        return new DocumentCache(memory, TestMetrics.Create(memory));
    }

    [Fact]
    public void Two_spellings_of_a_document_normalise_to_one_text()
    {
        var documents = Documents();

        var a = documents.Parse("query Q { routes { id name } }");
        var b = documents.Parse("# comment\nquery Q{routes{id,name}}\n\n");

        Assert.Equal(a.Normalized, b.Normalized);
        Assert.Equal("Q", a.Operation(null)!.Name!.StringValue);
        Assert.Throws<GraphQLParser.Exceptions.GraphQLSyntaxErrorException>(() => documents.Parse("{ routes { id }"));
    }

    [Fact]
    public void A_document_is_parsed_once_and_then_served_from_memory()
    {
        var documents = Documents();
        Assert.Same(documents.Parse("{ routes { id } }"), documents.Parse("{ routes { id } }"));
    }

    [Fact]
    public void Operation_selection_follows_the_spec()
    {
        var document = Documents().Parse("query A { routes { id } } mutation B { x }");

        Assert.Null(document.Operation(null)); // several operations and no name
        Assert.Equal(GraphQLParser.AST.OperationType.Mutation, document.Operation("B")!.Operation);
        Assert.Null(document.Operation("C"));
    }

    [Fact]
    public void Canonical_variables_sort_members_at_every_depth_and_keep_array_order()
    {
        var json = CanonicalJson.Write("{ \"z\": [3, \"b\", null, true], \"a\": { \"y\": 1.5, \"b\": 2 } }");

        Assert.Equal("{\"a\":{\"b\":2,\"y\":1.5},\"z\":[3,\"b\",null,true]}", json);
        Assert.Equal("{}", CanonicalJson.Write(null));
    }

    [Fact]
    public void The_key_changes_with_each_part_including_today_and_the_etag_quotes_it()
    {
        string Key(string version = "v1", string day = "2026-12-02", string operation = "", string variables = "{}", string document = "{ routes { id } }") =>
            ResponseCache.Key(version, day, operation, variables, document);
        var key = Key();

        Assert.Matches("^[0-9a-f]{64}$", key);
        Assert.Equal(key, Key());
        Assert.NotEqual(key, Key(version: "v2"));
        Assert.NotEqual(key, Key(day: "2026-12-03"));
        Assert.NotEqual(key, Key(operation: "Q"));
        Assert.NotEqual(key, Key(variables: "{\"a\":1}"));
        Assert.NotEqual(key, Key(document: "{ routes { name } }"));
        // Parts are length-prefixed: moving text from one part to the next makes another key.
        Assert.NotEqual(ResponseCache.Key("ab", "c"), ResponseCache.Key("a", "bc"));
        Assert.Equal($"\"{key}\"", ResponseCache.ETag(key));
        Assert.Equal($"\"{key}-json\"", ResponseCache.ETag(key, "json"));
    }
}
