using RouteGraph.Core.Model;

namespace RouteGraph.Core.Tests.Model;

public class PartialDateTests
{
    static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2006", DatePrecision.YEAR, "2006-01-01", "2006-12-31")]
    [InlineData("2006-07", DatePrecision.MONTH, "2006-07-01", "2006-07-31")]
    [InlineData("2024-02", DatePrecision.MONTH, "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", DatePrecision.MONTH, "2023-02-01", "2023-02-28")]
    [InlineData("2006-07-10", DatePrecision.DAY, "2006-07-10", "2006-07-10")]
    public void A_date_is_the_interval_of_its_days_and_prints_as_given(string text, DatePrecision precision, string earliest, string latest)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal((precision, D(earliest), D(latest)), (date.Precision, date.Earliest, date.Latest));
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2006-13")]
    [InlineData("2006-00")]
    [InlineData("2006-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("06")]
    [InlineData("2006-7")]
    [InlineData("2006-07-1")]
    [InlineData("20060710")]
    [InlineData("2006/07/10")]
    [InlineData(" 2006")]
    [InlineData("2006-07-10-01")]
    [InlineData("0000")]
    [InlineData("")]
    [InlineData("٢٠٠٦")]
    public void Anything_else_is_refused_with_a_reason(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var problem));
        Assert.Contains($"'{text}'", problem);
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void A_date_is_certainly_by_a_day_only_when_all_its_days_are_and_straddles_it_otherwise()
    {
        var july = PartialDate.Parse("2006-07");

        Assert.False(july.IsCertainlyBy(D("2006-07-30")));
        Assert.True(july.IsCertainlyBy(D("2006-07-31")));
        Assert.True(july.Straddles(D("2006-07-01")));
        Assert.True(july.Straddles(D("2006-07-30")));
        Assert.False(july.Straddles(D("2006-07-31")));
        Assert.False(july.Straddles(D("2006-06-30")));
        Assert.True(july.Overlaps(D("2006-07-31"), null));
        Assert.False(july.Overlaps(D("2006-08-01"), null));
        Assert.False(july.Overlaps(null, D("2006-06-30")));
    }

    [Fact]
    public void Dates_order_by_first_day_then_the_more_precise_first()
    {
        string[] dates = ["2006", "2006-07-10", "2006-07", "2005-12-31", "2006-01", "2006-01-01"];

        Assert.Equal(["2005-12-31", "2006-01-01", "2006-01", "2006", "2006-07", "2006-07-10"], dates.Select(PartialDate.Parse).Order().Select(d => d.ToString()));
    }
}
