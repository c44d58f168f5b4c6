using RouteGraph.Core.Model;
using RouteGraph.Core.Seed;

namespace RouteGraph.Core.Tests.Seed;

/// <summary>graph-seed/README.md documents the data format as GraphSchema holds it: every file, column and allowed value.</summary>
public sealed class SeedReadmeTests
{
    static readonly string Readme = File.ReadAllText(Path.Combine(SeedLoader.DefaultDirectory(), "README.md")).ReplaceLineEndings("\n");

    /// <summary>The README's text from the heading starting with a text to the next heading of the same or a higher level.</summary>
    static string Section(string headingStart)
    {
        var lines = Readme.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(headingStart, StringComparison.Ordinal));
        Assert.True(start >= 0, $"graph-seed/README.md has no heading starting '{headingStart}'");
        var level = headingStart.TakeWhile(c => c == '#').Count();
        var body = lines.Skip(start + 1).TakeWhile(l => !(l.StartsWith('#') && l.TakeWhile(c => c == '#').Count() <= level && l.Contains(' ')));
        return "\n" + string.Join('\n', body) + "\n";
    }

    [Fact]
    public void Every_node_file_has_a_section_with_a_row_per_column()
    {
        var missing = new List<string>();
        foreach (var label in GraphSchema.Labels)
        {
            var section = Section($"### {label.File} ");
            missing.AddRange(label.Properties.Where(p => !section.Contains($"\n| {p.Name} |", StringComparison.Ordinal)).Select(p => $"{label.File}: {p.Name}"));
        }

        Assert.True(missing.Count == 0, "columns not documented in graph-seed/README.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_relationship_file_has_a_row_naming_its_columns()
    {
        var section = Section("### relationships");
        var missing = new List<string>();
        foreach (var relation in GraphSchema.Relations)
        {
            var row = section.Split('\n').SingleOrDefault(l => l.StartsWith($"| {Path.GetFileName(relation.File)} |", StringComparison.Ordinal));
            if (row is null)
                missing.Add(relation.File);
            else
                missing.AddRange(relation.Properties.Where(p => !row.Contains($"`{p.Name}`", StringComparison.Ordinal)).Select(p => $"{relation.File}: {p.Name}"));
        }

        Assert.True(missing.Count == 0, "not documented in graph-seed/README.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_allowed_value_of_an_enumerated_column_is_listed()
    {
        var missing = GraphSchema.Labels.SelectMany(l => l.Properties).Concat(GraphSchema.Relations.SelectMany(r => r.Properties))
            .SelectMany(p => p.Values ?? [])
            .Distinct()
            .Where(value => !Readme.Contains($"`{value}`", StringComparison.Ordinal))
            .ToList();

        Assert.True(missing.Count == 0, "values not in graph-seed/README.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_neo4j_import_command_loads_every_file()
    {
        var command = Section("## Loading into Neo4j");
        var missing = GraphSchema.Labels.Select(l => $"--nodes=graph-seed/{l.File} ")
            .Concat(GraphSchema.Relations.Select(r => $"--relationships=graph-seed/{r.File}"))
            .Where(argument => !command.Contains(argument, StringComparison.Ordinal))
            .ToList();

        Assert.True(missing.Count == 0, "not in the import command: " + string.Join(", ", missing));
    }
}
