namespace RouteGraph.Api;

/// <summary>Browser origins allowed to call the API (visualisation front ends); none by default.</summary>
public sealed class CorsSettings
{
    public string[] Origins { get; set; } = [];
}
