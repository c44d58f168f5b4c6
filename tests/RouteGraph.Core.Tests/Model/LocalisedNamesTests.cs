using RouteGraph.Core.Model;

namespace RouteGraph.Core.Tests.Model;

public class LocalisedNamesTests
{
    static readonly LocalisedNames Tunisia = new("Tunisia", "Tunisia", "Tunisie");
    static readonly LocalisedNames EnglishOnly = new("Western Balkan route", null, null);

    [Theory]
    [InlineData("fr", "Tunisie", "fr", false)]
    [InlineData("fr-TN", "Tunisie", "fr", false)]
    [InlineData("FR_be", "Tunisie", "fr", false)]
    [InlineData("it-IT", "Tunisia", "it", false)]
    [InlineData("en-GB", "Tunisia", "en", false)]
    [InlineData(null, "Tunisia", "en", false)]
    [InlineData("", "Tunisia", "en", false)]
    [InlineData("de-DE", "Tunisia", "en", true)]
    public void A_bcp47_tag_reads_as_its_primary_language_and_says_when_it_falls_back(string? tag, string text, string language, bool fallback)
    {
        var name = Tunisia.In(tag);

        Assert.Equal((text, language, fallback), (name.Text, name.Language, name.IsFallback));
    }

    [Fact]
    public void A_language_not_held_for_a_name_falls_back_to_english_and_says_so()
    {
        var name = EnglishOnly.In("it-IT");

        Assert.Equal(("Western Balkan route", "en", "it", true), (name.Text, name.Language, name.Requested, name.IsFallback));
    }
}
