using RouteGraph.Core.Model;
using static RouteGraph.Core.Model.LifecycleEventKind;

namespace RouteGraph.Core.Tests.Model;

/// <summary>Each lifecycle state on the days around each event, and each partial-date precision straddling the day.</summary>
public class LifecycleTests
{
    static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    static Lifecycle Of(params (LifecycleEventKind Kind, string? Date)[] events) =>
        new(events.Select((e, i) => new LifecycleEvent($"e{i}", e.Kind, e.Date is null ? null : PartialDate.Parse(e.Date), null)));

    static string On(Lifecycle lifecycle, string day) =>
        lifecycle.StatusOn(D(day)) is var s && s.Uncertainty is { } why ? $"{s.Status} {why}" : s.Status.ToString();

    [Fact]
    public void Launched_on_a_day_is_active_from_that_day()
    {
        var launched = Of((LAUNCHED, "2023-04-27"));

        Assert.Equal("NOT_YET_ACTIVE", On(launched, "2023-04-26"));
        Assert.Equal("ACTIVE", On(launched, "2023-04-27"));
        Assert.Equal("ACTIVE", On(launched, "2030-01-01"));
    }

    [Fact]
    public void An_agreement_is_not_yet_active_between_signature_and_entry_into_force()
    {
        var agreement = Of((SIGNED, "2009-10-26"), (ENTERED_INTO_FORCE, "2010-12-01"));

        Assert.Equal("NOT_YET_ACTIVE", On(agreement, "2009-10-25"));
        Assert.Equal("NOT_YET_ACTIVE", On(agreement, "2009-10-26"));
        Assert.Equal("NOT_YET_ACTIVE", On(agreement, "2010-11-30"));
        Assert.Equal("ACTIVE", On(agreement, "2010-12-01"));
    }

    [Fact]
    public void Suspended_resumed_and_ended_take_effect_on_their_day()
    {
        var lifecycle = Of((SIGNED, "2020-01-08"), (ENTERED_INTO_FORCE, "2020-07-01"), (SUSPENDED, "2021-06-28"), (RESUMED, "2022-01-01"), (ENDED, "2023-01-01"));

        Assert.Equal("ACTIVE", On(lifecycle, "2021-06-27"));
        Assert.Equal("SUSPENDED", On(lifecycle, "2021-06-28"));
        Assert.Equal("SUSPENDED", On(lifecycle, "2021-12-31"));
        Assert.Equal("ACTIVE", On(lifecycle, "2022-01-01"));
        Assert.Equal("ACTIVE", On(lifecycle, "2022-12-31"));
        Assert.Equal("ENDED", On(lifecycle, "2023-01-01"));
    }

    [Fact]
    public void Announced_is_not_yet_active_until_a_start()
    {
        var announced = Of((ANNOUNCED, "2022-04-27"));

        Assert.Equal("NOT_YET_ACTIVE", On(announced, "2022-04-26"));
        Assert.Equal("NOT_YET_ACTIVE", On(announced, "2026-01-01"));
        Assert.Equal("ACTIVE", On(Of((ANNOUNCED, "2022-04-27"), (LAUNCHED, "2024-01-01")), "2024-01-01"));
    }

    [Fact]
    public void Without_any_dated_event_the_status_is_uncertain_never_active()
    {
        Assert.Equal("UNCERTAIN UNDATED", On(Lifecycle.Empty, "2024-01-01"));
        Assert.Equal("UNCERTAIN UNDATED", On(Of((SIGNED, null)), "2024-01-01"));
    }

    [Fact]
    public void Without_a_dated_start_the_status_is_uncertain_until_a_dated_event_settles_it()
    {
        var suspendedOnly = Of((SUSPENDED, "2021-06-28"));

        Assert.Equal("UNCERTAIN UNDATED", On(suspendedOnly, "2021-06-27"));
        Assert.Equal("SUSPENDED", On(suspendedOnly, "2021-06-28"));
    }

    [Theory]
    [InlineData("2006", "2005-12-31", "NOT_YET_ACTIVE")]
    [InlineData("2006", "2006-01-01", "UNCERTAIN IMPRECISE_DATE")]
    [InlineData("2006", "2006-12-30", "UNCERTAIN IMPRECISE_DATE")]
    [InlineData("2006", "2006-12-31", "ACTIVE")]
    [InlineData("2006-07", "2006-06-30", "NOT_YET_ACTIVE")]
    [InlineData("2006-07", "2006-07-01", "UNCERTAIN IMPRECISE_DATE")]
    [InlineData("2006-07", "2006-07-30", "UNCERTAIN IMPRECISE_DATE")]
    [InlineData("2006-07", "2006-07-31", "ACTIVE")]
    [InlineData("2006-07-10", "2006-07-09", "NOT_YET_ACTIVE")]
    [InlineData("2006-07-10", "2006-07-10", "ACTIVE")]
    public void A_partial_start_date_straddling_the_day_makes_it_uncertain(string launched, string day, string expected)
    {
        Assert.Equal(expected, On(Of((LAUNCHED, launched)), day));
    }

    [Theory]
    [InlineData("2023-07", "2023-06-30", "ACTIVE")]
    [InlineData("2023-07", "2023-07-15", "UNCERTAIN IMPRECISE_DATE")]
    [InlineData("2023-07", "2023-07-31", "SUSPENDED")]
    [InlineData("2023", "2023-03-01", "UNCERTAIN IMPRECISE_DATE")]
    public void A_partial_suspension_date_straddling_the_day_makes_it_uncertain(string suspended, string day, string expected)
    {
        Assert.Equal(expected, On(Of((LAUNCHED, "2022-07-15"), (SUSPENDED, suspended)), day));
    }

    [Fact]
    public void An_undated_event_may_have_happened_any_day_after_the_event_before_it()
    {
        var endedSometime = Of((SIGNED, "2010-01-01"), (ENDED, null));

        Assert.Equal("NOT_YET_ACTIVE", On(endedSometime, "2009-12-31"));
        Assert.Equal("UNCERTAIN UNDATED", On(endedSometime, "2010-01-01"));
        Assert.Equal("UNCERTAIN UNDATED", On(endedSometime, "2030-01-01"));

        var inForceSometime = Of((SIGNED, "2010-01-01"), (ENTERED_INTO_FORCE, null));
        Assert.Equal("UNCERTAIN UNDATED", On(inForceSometime, "2011-01-01"));
    }

    [Fact]
    public void An_event_that_changes_nothing_leaves_the_status_certain()
    {
        // A year-precise announcement before a dated launch: the announcement's uncertainty changes nothing after the launch.
        Assert.Equal("ACTIVE", On(Of((ANNOUNCED, "2022"), (LAUNCHED, "2022-06-01")), "2022-06-02"));
    }

    [Fact]
    public void Change_days_are_each_events_first_day_and_the_day_after_its_last()
    {
        var lifecycle = Of((LAUNCHED, "2006-07"), (SUSPENDED, "2023-07-29"), (ENDED, null));

        Assert.Equal<DateOnly>([D("2006-07-01"), D("2006-08-01"), D("2023-07-29"), D("2023-07-30")], lifecycle.ChangeDays);
        Assert.Equal(PartialDate.Parse("2006-07"), lifecycle.Signed);
    }
}
