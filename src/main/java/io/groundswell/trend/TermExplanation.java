package io.groundswell.trend;

import io.groundswell.trend.TrendTerm.PostRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Why a term is trending: the posts driving it (best rated first), its daily counts and the
 * departments talking about it. Departments with fewer people behind them than the privacy
 * threshold are not listed; their people are only counted in {@code otherPeople}. Only leaders see
 * the departments at all (see {@link AnalyticsAccess}).
 */
public record TermExplanation(
        String term,
        String key,
        String window,
        Instant from,
        Instant to,
        int posts,
        int baselinePosts,
        double score,
        double change,
        boolean isNew,
        int authors,
        List<Day> daily,
        List<PostRef> drivingPosts,
        List<Department> departments,
        int otherPeople) {

    public record Day(LocalDate date, int posts) {}

    public record Department(String department, int people) {}

    /** The same explanation without its breakdown by department. */
    public TermExplanation withoutDepartments() {
        return new TermExplanation(
                term,
                key,
                window,
                from,
                to,
                posts,
                baselinePosts,
                score,
                change,
                isNew,
                authors,
                daily,
                drivingPosts,
                List.of(),
                0);
    }
}
