namespace RouteGraph.Api.Tests.Redis.Infrastructure;

/// <summary>Waits for a condition with a deadline: the tests assert what happens, never how fast.</summary>
public static class Eventually
{
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, Func<T?, bool> done, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(seconds);
        T? last;
        while (true)
        {
            last = await probe();
            if (done(last))
                return last!;
            if (DateTime.UtcNow > deadline)
                throw new Xunit.Sdk.XunitException($"Waited {seconds} s for {what}; last seen: {last}");
            await Task.Delay(100);
        }
    }

    public static Task TrueAsync(Func<Task<bool>> condition, string what, int seconds = 30) =>
        ValueAsync(async () => await condition(), ok => ok, what, seconds);

    public static Task TrueAsync(Func<bool> condition, string what, int seconds = 30) =>
        ValueAsync(() => Task.FromResult(condition()), ok => ok, what, seconds);
}
