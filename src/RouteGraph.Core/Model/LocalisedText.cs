namespace RouteGraph.Core.Model;

/// <summary>A name in the language it was found in; <see cref="IsFallback"/> when that is not the language asked for.</summary>
public sealed record LocalisedText(string Text, string Language, string Requested, bool IsFallback);
