package io.groundswell.leadership;

import io.groundswell.leadership.Catalysts.Catalyst;
import io.groundswell.leadership.Catalysts.RaterDepartment;
import io.groundswell.leadership.LeaderScore.Stars;
import io.groundswell.leadership.Members.Member;
import io.groundswell.search.terms.TermPosts;
import io.groundswell.search.terms.TermSlice;
import io.groundswell.search.terms.TermStatistics;
import io.groundswell.system.ProblemException;
import io.groundswell.trend.TrendReport.Filters;
import io.groundswell.trend.TrendWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Catalysts: people who build trust across groups, seen in who rates their posts. Only raters
 * from outside the person's own department count, each rater once (the mean of their stars, as in
 * {@link LeaderScore}). A department counts toward breadth when it has at least the privacy
 * threshold of people and its raters' mean is at least {@code high-stars}; breadth is the number
 * {@code D} of such departments. The score is {@code (B − 3) × ln(1 + D)}, where {@code B} is the
 * confidence-adjusted mean of all outside raters; at least {@code min-departments} departments are
 * needed, so two friendly teams never make anyone a catalyst.
 */
@ApplicationScoped
public class CatalystService {

    private final TermStatistics statistics;
    private final PeerRatings ratings;
    private final Members members;
    private final LeadershipConfig config;

    CatalystService(TermStatistics statistics, PeerRatings ratings, Members members, LeadershipConfig config) {
        this.statistics = statistics;
        this.ratings = ratings;
        this.members = members;
        this.config = config;
    }

    /** The catalysts of a window; the filters' source and tag narrow the posts that count. */
    @Transactional
    public Catalysts catalysts(TrendWindow window, Filters filters, int limit) {
        if (filters.department() != null) {
            throw ProblemException.invalid(
                    "department", "catalysts are about crossing departments; filter by source or tag");
        }
        // Departments are what catalysts cross, and a catalyst list of one author says nothing.
        TermSlice slice = new Filters(null, filters.source(), filters.tag(), null).slice(window);
        TermPosts posts = statistics.posts(slice, config.maxPosts());
        Map<Long, String> authorOf = new HashMap<>();
        posts.posts().forEach(p -> authorOf.put(p.postId(), p.author()));

        Map<String, List<Stars>> starsByAuthor = new HashMap<>();
        Map<Long, String> departmentOf = new HashMap<>();
        for (PeerRatings.Row row : ratings.of(authorOf.keySet())) {
            starsByAuthor
                    .computeIfAbsent(authorOf.get(row.postId()), a -> new ArrayList<>())
                    .add(new Stars(row.rater(), row.stars()));
            if (row.raterDepartment() != null) {
                departmentOf.put(row.rater(), row.raterDepartment());
            }
        }
        Map<String, Member> known = members.byKey(starsByAuthor.keySet());
        Set<String> departments = new HashSet<>(departmentOf.values());
        known.values().forEach(m -> departments.add(m.department()));
        Set<String> large = members.largeDepartments(departments);

        List<Catalyst> catalysts = new ArrayList<>();
        starsByAuthor.forEach((author, stars) -> {
            Member member = known.get(author);
            if (member != null && !member.optedOut()) {
                int authored = Objects.requireNonNullElse(posts.postsByAuthor().get(author), 0);
                Catalyst catalyst = assess(member, authored, stars, departmentOf, large);
                if (catalyst != null) {
                    catalysts.add(catalyst);
                }
            }
        });
        catalysts.sort(Comparator.comparingDouble((Catalyst c) -> -c.score())
                .thenComparingInt(c -> -c.departments())
                .thenComparingInt(c -> -c.raters())
                .thenComparing(Catalyst::id));
        return new Catalysts(
                window.label(),
                window.from(),
                window.to(),
                List.copyOf(catalysts.subList(0, Math.min(limit, catalysts.size()))));
    }

    /** The person as a catalyst, or null when too few other departments rate them highly. */
    private Catalyst assess(
            Member member, int posts, List<Stars> stars, Map<Long, String> departmentOf, Set<String> large) {
        Map<String, List<Double>> byDepartment = new HashMap<>();
        List<Double> outside = new ArrayList<>();
        LeaderScore.perRater(stars).forEach((rater, mean) -> {
            String department = departmentOf.get(rater);
            if (department != null && department.equals(member.department())) {
                return;
            }
            outside.add(mean);
            if (large.contains(department)) {
                byDepartment.computeIfAbsent(department, d -> new ArrayList<>()).add(mean);
            }
        });
        int breadth = (int) byDepartment.values().stream()
                .filter(means -> mean(means) >= config.highStars())
                .count();
        double score = LeaderScore.score(LeaderScore.bayesian(outside), breadth);
        if (breadth < config.minDepartments() || score <= 0) {
            return null;
        }
        List<RaterDepartment> shown = new ArrayList<>();
        byDepartment.forEach((department, means) -> {
            if (means.size() >= members.threshold()) {
                shown.add(new RaterDepartment(department, means.size(), LeaderService.round(mean(means), 100.0)));
            }
        });
        shown.sort(
                Comparator.comparingInt((RaterDepartment d) -> -d.raters()).thenComparing(RaterDepartment::department));
        int inShown = shown.stream().mapToInt(RaterDepartment::raters).sum();
        return new Catalyst(
                member.key(),
                member.displayName(),
                large.contains(member.department()) ? member.department() : null,
                posts,
                outside.size(),
                breadth,
                LeaderService.round(mean(outside), 100.0),
                LeaderService.round(score, 10_000.0),
                List.copyOf(shown),
                outside.size() - inShown);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
