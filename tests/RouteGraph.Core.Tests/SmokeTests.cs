namespace RouteGraph.Core.Tests;

public class SmokeTests
{
    [Fact]
    public void Schema_has_a_seed_file_for_every_label() =>
        Assert.Equal(12, RouteGraph.Core.Model.GraphSchema.Labels.Select(l => l.File).Distinct().Count());
}
