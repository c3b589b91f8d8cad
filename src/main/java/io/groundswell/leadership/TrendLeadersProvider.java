package io.groundswell.leadership;

import io.groundswell.trend.TrendLeaders;
import io.groundswell.trend.TrendReport.Filters;
import io.groundswell.trend.TrendTerm.LeaderRef;
import io.groundswell.trend.TrendWindow;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts "who leads what" beside every trend: the leaders of all trends in one pass. */
@ApplicationScoped
@Unremovable // only looked up through Instance<TrendLeaders>, which the container cannot see statically
public class TrendLeadersProvider implements TrendLeaders {

    private final LeaderService leaders;

    TrendLeadersProvider(LeaderService leaders) {
        this.leaders = leaders;
    }

    @Override
    public Map<String, List<LeaderRef>> leadersOf(
            Collection<String> keys, TrendWindow window, Filters filters, int limit) {
        Map<String, List<LeaderRef>> refs = new LinkedHashMap<>();
        leaders.leadersFor(keys, window, filters, limit)
                .forEach((key, list) -> refs.put(
                        key,
                        list.stream()
                                .map(l -> new LeaderRef(l.id(), l.displayName(), l.raters(), l.score()))
                                .toList()));
        return refs;
    }
}
