namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>
/// The introspection query GraphiQL 3.8 sends by default: the output of graphql-js 16.15
/// <c>getIntrospectionQuery({ inputValueDeprecation: false, schemaDescription: false })</c>, with 9 levels of ofType.
/// </summary>
public static class Introspection
{
    public const string Query = """
        query IntrospectionQuery {
          __schema {
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types {
              ...FullType
            }
            directives {
              name
              description
              locations
              args {
                ...InputValue
              }
            }
          }
        }
        fragment FullType on __Type {
          kind
          name
          description
          fields(includeDeprecated: true) {
            name
            description
            args {
              ...InputValue
            }
            type {
              ...TypeRef
            }
            isDeprecated
            deprecationReason
          }
          inputFields {
            ...InputValue
          }
          interfaces {
            ...TypeRef
          }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes {
            ...TypeRef
          }
        }
        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
        }
        fragment TypeRef on __Type {
          kind
          name
          ofType {
            name
            kind
            ofType {
              name
              kind
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                  ofType {
                    name
                    kind
                    ofType {
                      name
                      kind
                      ofType {
                        name
                        kind
                        ofType {
                          name
                          kind
                          ofType {
                            name
                            kind
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """;

    /// <summary>
    /// What current clients send: graphql-js 16's <c>getIntrospectionQuery</c> with every option on (<c>specifiedByUrl</c>,
    /// <c>directiveIsRepeatable</c>, <c>schemaDescription</c>, <c>inputValueDeprecation</c>), as GraphiQL 3+ and codegen tools ask.
    /// </summary>
    public static string Modern { get; } = Query
        .Replace("  __schema {\n", "  __schema {\n    description\n")
        .Replace("      locations\n      args {", "      isRepeatable\n      locations\n      args(includeDeprecated: true) {")
        .Replace("  description\n  fields(includeDeprecated: true) {", "  description\n  specifiedByURL\n  fields(includeDeprecated: true) {")
        .Replace("    args {\n      ...InputValue", "    args(includeDeprecated: true) {\n      ...InputValue")
        .Replace("  inputFields {", "  inputFields(includeDeprecated: true) {")
        .Replace("  defaultValue\n}", "  defaultValue\n  isDeprecated\n  deprecationReason\n}");
}
