package io.groundswell.trend;

import io.groundswell.trend.TrendReport.Filters;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who leads each trending term, supplied by the leadership feature. An interface here keeps the
 * dependency one way: leadership knows trends; trends only know that someone may fill this in.
 */
public interface TrendLeaders {

    /** Leaders of each term key in the window (an empty list when none qualifies). */
    Map<String, List<TrendTerm.LeaderRef>> leadersOf(
            Collection<String> keys, TrendWindow window, Filters filters, int limit);
}
