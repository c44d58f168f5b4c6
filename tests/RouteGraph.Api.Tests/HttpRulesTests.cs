using System.Net;
using System.Net.Http.Headers;
using System.Text;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests;

/// <summary>GraphQL-over-HTTP: methods, media types, status codes, error shape.</summary>
public sealed class HttpRulesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    const string Json = "application/json";
    const string GraphQLResponse = GraphQLClient.GraphQLResponse;

    [Fact]
    public async Task Post_with_json_answers_in_the_graphql_response_media_type()
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync("{ route(id: \"central-mediterranean\") { name } }");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(GraphQLResponse, answer.MediaType);
        Assert.Equal("utf-8", answer.Response.Content.Headers.ContentType!.CharSet);
        Assert.Equal("Central Mediterranean", answer.OkData()["route"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_runs_queries_with_variables_and_operation_name()
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.GetAsync(
            "query A { routes { id } } query B($iso: String!) { country(iso2: $iso) { name(lang: \"it\") } }",
            variablesJson: "{\"iso\":\"ly\"}", operationName: "B");
        Assert.Equal("Libia", answer.OkData()["country"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_never_runs_a_mutation_405_with_allow_post()
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.GetAsync("mutation { anything }");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.Status);
        Assert.Equal(["POST"], answer.Response.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", answer.FirstCode);
        Assert.False(answer.HasData);
    }

    [Fact]
    public async Task A_mutation_over_post_is_a_validation_error_because_the_schema_has_none()
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync("mutation { anything }");
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", answer.FirstCode);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_get_405_with_allow(string method)
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ routes { id } }\"}", Encoding.UTF8, Json),
        });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.Status);
        Assert.Equal(["GET", "POST"], answer.Response.Content.Headers.Allow.Order());
        Assert.Equal("METHOD_NOT_ALLOWED", answer.FirstCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_post_body_that_is_not_utf8_json_gets_415(string contentType)
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.SendJsonAsync("{\"query\":\"{ routes { id } }\"}", contentType: contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", answer.FirstCode);
        Assert.Contains("application/json", answer.Errors![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("application/json; charset=\"utf-8\"")] // a quoted parameter value means the same (RFC 9110 5.6.6)
    [InlineData("application/json;charset=UTF-8")]
    public async Task Utf8_json_is_accepted_however_the_charset_is_spelled(string contentType)
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.SendJsonAsync("{\"query\":\"{ __typename }\"}", contentType: contentType);
        Assert.Equal("Query", answer.OkData()["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_utf8_body_with_a_byte_order_mark_is_read()
    {
        // Windows tools (PowerShell 5's Out-File -Encoding utf8, Notepad) write one; RFC 8259 lets a parser ignore it.
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostBytesAsync([.. Encoding.UTF8.GetPreamble(), .. "{\"query\":\"{ __typename }\"}"u8.ToArray()]);
        Assert.Equal("Query", answer.OkData()["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_post_without_content_type_gets_415()
    {
        var client = await factory.ReadyClientAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent("{}"u8.ToArray()) };
        var answer = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.Status);
    }

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("not json at all")]
    [InlineData("[{\"query\":\"{ routes { id } }\"}]")]
    [InlineData("\"{ routes { id } }\"")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"query\": {\"a\": 1}}")]
    [InlineData("{\"query\": \"{ routes { id } }\", \"variables\": \"{}\"}")]
    [InlineData("{\"query\": \"{ routes { id } }\", \"variables\": [1]}")]
    [InlineData("{\"query\": \"{ routes { id } }\", \"operationName\": 7}")]
    [InlineData("{\"query\": \"{ routes { id } }\", \"extensions\": true}")]
    [InlineData("{}")]
    [InlineData("{\"query\": null}")]
    [InlineData("{\"query\": \"   \"}")]
    public async Task A_body_that_is_not_a_graphql_request_gets_400_with_an_explanation(string body)
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.SendJsonAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.FirstCode);
        Assert.False(string.IsNullOrWhiteSpace(answer.Errors![0]!["message"]!.GetValue<string>()));
        Assert.False(answer.HasData);
    }

    [Fact]
    public async Task An_empty_post_body_gets_400()
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.SendJsonAsync("");
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
    }

    [Fact]
    public async Task Null_variables_operation_name_and_extensions_are_allowed()
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.SendJsonAsync("{\"query\":\"{ routes { id } }\",\"variables\":null,\"operationName\":null,\"extensions\":null}");
        answer.OkData();
    }

    [Fact]
    public async Task A_huge_body_gets_413_without_being_read_to_the_end()
    {
        var client = await factory.ReadyClientAsync();
        var padding = new string(' ', 200 * 1024);
        var answer = await client.SendJsonAsync("{\"query\":\"{ routes { id } }\"" + padding + "}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Equal("REQUEST_TOO_LARGE", answer.FirstCode);
    }

    [Fact]
    public async Task A_huge_chunked_body_without_content_length_gets_413()
    {
        var client = await factory.ReadyClientAsync();
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"query\":\"{ routes { id } }\"" + new string(' ', 300 * 1024) + "}")));
        content.Headers.ContentType = new MediaTypeHeaderValue(Json);
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        var answer = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
    }

    [Theory]
    [InlineData(null, GraphQLResponse)]
    [InlineData("application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/json;q=1, application/graphql-response+json;q=0.5", Json)]
    [InlineData("*/*", GraphQLResponse)]
    [InlineData("application/*", GraphQLResponse)]
    [InlineData("text/html, */*;q=0.8", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0, application/json", Json)]
    public async Task Accept_is_negotiated(string? accept, string expected)
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync("{ routes { id } }", accept: accept);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(expected, answer.MediaType);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/csv")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    public async Task Nothing_acceptable_gets_406(string accept)
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync("{ routes { id } }", accept: accept);
        Assert.Equal(HttpStatusCode.NotAcceptable, answer.Status);
        Assert.Equal("NOT_ACCEPTABLE", answer.FirstCode);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task A_parse_error_is_400_in_the_graphql_media_type_and_200_in_legacy_json(string accept, HttpStatusCode status)
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync("{ routes { id }", accept: accept);
        Assert.Equal(status, answer.Status);
        Assert.Equal(accept, answer.MediaType);
        Assert.Equal("GRAPHQL_PARSE_FAILED", answer.FirstCode);
        Assert.False(answer.HasData);
        var location = answer.Errors![0]!["locations"]![0]!;
        Assert.Equal(1, location["line"]!.GetValue<int>());
        Assert.True(location["column"]!.GetValue<int>() > 1);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task A_validation_error_is_400_in_the_graphql_media_type_and_200_in_legacy_json(string accept, HttpStatusCode status)
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync("{\n  routes { id noSuchField }\n}", accept: accept);
        Assert.Equal(status, answer.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", answer.FirstCode);
        Assert.False(answer.HasData);
        var error = answer.Errors![0]!;
        Assert.Contains("noSuchField", error["message"]!.GetValue<string>());
        Assert.Equal(2, error["locations"]![0]!["line"]!.GetValue<int>());
        Assert.Equal("5.3.1", error["extensions"]!["rule"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task A_field_error_during_execution_is_200_with_data_locations_and_path(string accept)
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync("{ routes { id }\n  countries(first: -1) { totalCount } }", accept: accept);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.HasData);
        Assert.Null(answer.Data); // countries is non-null, so the error nulls the whole data
        var error = answer.Errors![0]!;
        Assert.Equal("BAD_ARGUMENT", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("countries", error["path"]![0]!.GetValue<string>());
        Assert.Equal(2, error["locations"]![0]!["line"]!.GetValue<int>());
        Assert.Equal(3, error["locations"]![0]!["column"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_unknown_operation_name_is_a_request_error()
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync("query A { routes { id } }", operationName: "B");
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("OPERATION_NOT_FOUND", answer.FirstCode);
    }

    [Fact]
    public async Task Several_operations_without_a_name_is_a_request_error()
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync("query A { routes { id } } query B { routes { name } }");
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("OPERATION_NOT_FOUND", answer.FirstCode);
    }

    [Fact]
    public async Task Get_without_a_query_is_400()
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql"));
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.FirstCode);
    }

    [Theory]
    [InlineData("variables=%7Bnot-json")]
    [InlineData("variables=%5B1%5D")]
    [InlineData("extensions=42")]
    [InlineData("operationName=A&operationName=B")]
    public async Task Get_with_bad_parameters_is_400(string parameters)
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B%20routes%20%7B%20id%20%7D%20%7D&" + parameters));
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.FirstCode);
    }

    [Fact]
    public async Task Responses_vary_on_accept()
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync("{ routes { id } }");
        Assert.Contains("Accept", answer.Response.Headers.Vary);
    }
}
