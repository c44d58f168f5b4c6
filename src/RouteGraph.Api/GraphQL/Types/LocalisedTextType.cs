using global::GraphQL.Types;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class LocalisedTextType : ObjectGraphType<LocalisedText>
{
    public LocalisedTextType()
    {
        Name = "LocalisedText";
        Description = "A name in a language, saying which language it is in and whether it fell back to English.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The name.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("language").Description("The language the text is in (en, it, fr).").Resolve(c => c.Source.Language);
        Field<NonNullGraphType<StringGraphType>>("requested").Description("The language asked for (the primary subtag of the tag given).")
            .Resolve(c => c.Source.Requested);
        Field<NonNullGraphType<BooleanGraphType>>("fallback").Description("True when the language asked for is not held for this name and English is given instead.")
            .Resolve(c => c.Source.IsFallback);
    }
}
