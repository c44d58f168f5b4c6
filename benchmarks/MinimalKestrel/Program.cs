// The floor under the RouteGraph API in benchmarks/http/run.sh: the same loopback, the same wrk, the same bytes, and
// nothing between Kestrel and the socket but writing them. Usage: dotnet MinimalKestrel.dll BODY_FILE --urls URL
var body = await File.ReadAllBytesAsync(args[0]);
var builder = WebApplication.CreateSlimBuilder(args[1..]);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
app.MapPost("/graphql", (HttpContext context) =>
{
    context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});
app.MapGet("/health/ready", () => "Healthy");
app.Run();
