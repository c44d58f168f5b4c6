using RouteGraph.Api.Caching;
using RouteGraph.Api.Http;

namespace RouteGraph.Api.Tests.Redis;

/// <summary>The pieces of the cache key: normalised documents, canonical variables, the key and the ETag; the bounded LRU.</summary>
public sealed class CacheKeyTests
{
    [Fact]
    public void Two_spellings_of_a_document_normalise_to_one_text()
    {
        var normalizer = new DocumentNormalizer(10);

        var a = normalizer.Normalize("query Q { routes { id name } }")!;
        var b = normalizer.Normalize("# comment\nquery Q{routes{id,name}}\n\n")!;

        Assert.Equal(a.Text, b.Text);
        Assert.Equal(new OperationSummary("Q", GraphQLParser.AST.OperationType.Query), a.Select(null));
        Assert.Null(normalizer.Normalize("{ routes { id }"));
    }

    [Fact]
    public void Operation_selection_follows_the_executor()
    {
        var document = new DocumentNormalizer(10).Normalize("query A { routes { id } } mutation B { x }")!;

        Assert.Null(document.Select(null)); // several operations and no name
        Assert.Equal(GraphQLParser.AST.OperationType.Mutation, document.Select("B")!.Type);
        Assert.Null(document.Select("C"));
    }

    [Fact]
    public void Canonical_variables_sort_members_at_every_depth_and_keep_array_order()
    {
        Assert.True(CanonicalJson.TryWrite(new Dictionary<string, object?>
        {
            ["z"] = new List<object?> { 3, "b", null, true },
            ["a"] = new Dictionary<string, object?> { ["y"] = 1.5, ["b"] = (long)2 },
        }, out var json));

        Assert.Equal("{\"a\":{\"b\":2,\"y\":1.5},\"z\":[3,\"b\",null,true]}", json);
        Assert.True(CanonicalJson.TryWrite(null, out var none));
        Assert.Equal("{}", none);
    }

    static readonly DateOnly Day = new(2026, 12, 2);

    [Fact]
    public void The_key_changes_with_each_part_and_the_etag_quotes_it()
    {
        var key = ResponseCacheKey.Compute("v1", Day, "{ routes { id } }", null, "{}");

        Assert.Matches("^[0-9a-f]{64}$", key);
        Assert.Equal(key, ResponseCacheKey.Compute("v1", Day, "{ routes { id } }", null, "{}"));
        Assert.NotEqual(key, ResponseCacheKey.Compute("v2", Day, "{ routes { id } }", null, "{}"));
        Assert.NotEqual(key, ResponseCacheKey.Compute("v1", Day, "{ routes { name } }", null, "{}"));
        Assert.NotEqual(key, ResponseCacheKey.Compute("v1", Day, "{ routes { id } }", "Q", "{}"));
        Assert.NotEqual(key, ResponseCacheKey.Compute("v1", Day, "{ routes { id } }", null, "{\"a\":1}"));
        Assert.NotEqual(key, ResponseCacheKey.Compute("v1", Day.AddDays(1), "{ routes { id } }", null, "{}"));
        Assert.Equal($"\"{key}\"", ResponseCacheKey.ETag(key, ResponseMediaType.GraphQLResponseJson));
        Assert.NotEqual(ResponseCacheKey.ETag(key, ResponseMediaType.GraphQLResponseJson), ResponseCacheKey.ETag(key, ResponseMediaType.Json));
    }

    [Fact]
    public void The_lru_drops_the_least_recently_used_entry()
    {
        var lru = new BoundedLru<string, int>(2);
        lru.Set("a", 1);
        lru.Set("b", 2);
        Assert.True(lru.TryGet("a", out _)); // a is now the most recent
        lru.Set("c", 3);

        Assert.Equal(2, lru.Count);
        Assert.True(lru.TryGet("a", out var a) && a == 1);
        Assert.False(lru.TryGet("b", out _));
        Assert.True(lru.TryGet("c", out _));
    }
}
