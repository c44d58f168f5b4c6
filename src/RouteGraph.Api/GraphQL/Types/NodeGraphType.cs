using System.Collections.Immutable;
using global::GraphQL;
using global::GraphQL.Builders;
using global::GraphQL.Types;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary>Shared shape of the model types: the Node interface, the id, the sources.</summary>
public abstract class NodeGraphType<T> : ObjectGraphType<T> where T : PolicyNode
{
    protected NodeGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = value => value is T;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The node's id, unique across all types.").Resolve(c => c.Source.Id);
    }

    /// <summary>Adds <c>sources</c>; called last so it closes every type's field list.</summary>
    protected void SourcesField() =>
        List<SourceType>("sources", "The documents this node is taken from (SOURCED_FROM), each with the quoted sentence.",
            c => c.Graph().SourcesOf(c.Source));

    protected FieldBuilder<T, object> List<TItem>(string name, string description, Func<IResolveFieldContext<T>, object?> resolve)
        where TItem : IGraphType =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TItem>>>>(name).Description(description).Resolve(resolve);

    protected FieldBuilder<T, object> Text(string name, string description, Func<T, string?> value, bool nullable = false) =>
        nullable
            ? Field<StringGraphType>(name).Description(description).Resolve(c => value(c.Source))
            : Field<NonNullGraphType<StringGraphType>>(name).Description(description).Resolve(c => value(c.Source));

    /// <summary>
    /// A name in a language: <c>name(lang: String = "en"): String!</c>, and <c>nameIn(lang:)</c> that says
    /// which language it is in and whether it fell back to English. Tags are BCP 47 (it, it-IT, fr-BE).
    /// </summary>
    protected void LocalisedName(string name, string description, Func<T, LocalisedNames> names)
    {
        const string LangDescription = "A BCP 47 language tag: en (default), it or fr; a regional tag such as it-IT reads as its language.";
        Field<NonNullGraphType<StringGraphType>>(name)
            .Description(description + " In the language asked for (en, it, fr); English when that language is not held "
                + $"({name}In tells which).")
            .Argument<StringGraphType>("lang", LangDescription, a => a.DefaultValue = LocalisedNames.English)
            .Resolve(c => names(c.Source).In(c.GetArgument<string?>("lang")).Text);
        Field<NonNullGraphType<LocalisedTextType>>(name + "In")
            .Description(description + " In the language asked for, with the language it is actually in and whether it fell back to English.")
            .Argument<StringGraphType>("lang", LangDescription, a => a.DefaultValue = LocalisedNames.English)
            .Resolve(c => names(c.Source).In(c.GetArgument<string?>("lang")));
    }

    /// <summary>
    /// A partnership's or programme's lifecycle and the statuses derived from it: <c>status</c> (today,
    /// by the server's clock), <c>statusOn(day:)</c>, <c>lifecycle</c>, and the date of each kind of event.
    /// </summary>
    protected void LifecycleFields(string what)
    {
        Field<NonNullGraphType<PartnershipStatusEnum>>("status")
            .Description($"Where the {what} stands today (the server's day, UTC), derived from its lifecycle.")
            .Resolve(c => c.Graph().LifecycleOf(c.Source).StatusOn(c.Today()).Status);
        Field<NonNullGraphType<PartnershipStatusEnum>>("statusOn")
            .Description($"Where the {what} stood on a day, derived from its lifecycle: UNCERTAIN when a partial or missing date decides that day.")
            .Argument<NonNullGraphType<IsoDateGraphType>>("day", "The day to check.")
            .Resolve(c => c.Graph().LifecycleOf(c.Source).StatusOn(c.GetArgument<DateOnly>("day")).Status);
        List<LifecycleEventType>("lifecycle", $"The events of the {what}'s life in the order they take effect (HAS_EVENT), each with its sources.",
            c => c.Graph().LifecycleOf(c.Source).Events);
        EventDate("signedOn", "signed, adopted or launched (the first such event)", LifecycleEventKind.SIGNED, LifecycleEventKind.LAUNCHED);
        EventDate("enteredIntoForceOn", "entered into force", LifecycleEventKind.ENTERED_INTO_FORCE);
        EventDate("suspendedOn", "last suspended", LifecycleEventKind.SUSPENDED);
        EventDate("endedOn", "ended", LifecycleEventKind.ENDED);
    }

    void EventDate(string name, string what, params LifecycleEventKind[] kinds)
    {
        var first = kinds.Contains(LifecycleEventKind.SIGNED);
        Field<PartialDateGraphType>(name)
            .Description($"When it {what}, as precisely as the sources give it; null when there is no such event or its date is not known.")
            .Resolve(c => (first ? c.Graph().LifecycleOf(c.Source).First(kinds) : c.Graph().LifecycleOf(c.Source).Last(kinds))?.Date);
    }

    protected void Aliases(Func<T, IReadOnlyList<string>> aliases) =>
        List<StringGraphType>("aliases", "Other names and abbreviations this node is known by, for search.", c => aliases(c.Source));
}
