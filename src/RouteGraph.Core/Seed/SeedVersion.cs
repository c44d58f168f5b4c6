using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace RouteGraph.Core.Seed;

/// <summary>
/// The version of a seed folder: SHA-256 over each seed file's relative path, length and bytes, in
/// ordinal order of path, as lower-case hex cut to 16 characters (64 bits: ample to tell graph
/// versions apart, short enough for cache keys and logs). Any byte changed changes it; nothing else does.
/// </summary>
internal static class SeedVersion
{
    public const int Length = 16;

    public static string Of(IReadOnlyDictionary<string, byte[]> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[sizeof(long)];
        foreach (var (path, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            // Path and length framed so that moving bytes from one file to the next cannot give the same hash.
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\n"));
            BinaryPrimitives.WriteInt64LittleEndian(length, bytes.LongLength);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..Length];
    }
}
