using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>Whether Core's analytics are implemented yet (they are contract stubs until the analytics branch lands).</summary>
public static class Analytics
{
    public static bool Available { get; } = Probe();

    public const string NotYet = "Core analytics are still contract stubs (NotImplementedException); merge main once the analytics branch lands.";

    static bool Probe()
    {
        try
        {
            PartnershipQueries.Find(TestGraph.Create(), PartnershipFilter.Any);
            return true;
        }
        catch (NotImplementedException)
        {
            return false;
        }
    }
}
