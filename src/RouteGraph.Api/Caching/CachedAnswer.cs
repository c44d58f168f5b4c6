using System.Buffers;
using System.ComponentModel;
using Microsoft.Extensions.Caching.Hybrid;

namespace RouteGraph.Api.Caching;

/// <summary>
/// A cached answer: the serialised GraphQL response body, exactly the bytes the executor wrote. Immutable, so
/// HybridCache hands the same instance to every hit from the in-process level instead of copying it.
/// </summary>
[ImmutableObject(true)]
public sealed class CachedAnswer(byte[] body)
{
    public byte[] Body { get; } = body;
}

/// <summary>Stores the body as it is: it is already serialised JSON.</summary>
public sealed class CachedAnswerSerializer : IHybridCacheSerializer<CachedAnswer>
{
    public CachedAnswer Deserialize(ReadOnlySequence<byte> source) => new(source.ToArray());

    public void Serialize(CachedAnswer value, IBufferWriter<byte> target) => target.Write(value.Body);
}
