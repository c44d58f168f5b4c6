namespace RouteGraph.Core.Model;

/// <summary>A node of the policy graph. Ids share one space: ISO alpha-2 for countries, kebab-case slugs otherwise.</summary>
public abstract record PolicyNode(string Id)
{
    public abstract NodeLabel Label { get; }

    /// <summary>The name a person reads: a country's English name, a partnership's title.</summary>
    public abstract string DisplayName { get; }

    /// <summary>Every name, title and alias held for this node, in every language, for search.</summary>
    public virtual IEnumerable<string> SearchTexts => [DisplayName];
}
