package io.groundswell.leadership;

import java.time.Instant;
import java.util.List;

/** People whose posts colleagues from many other departments rate highly, best first. */
public record Catalysts(String window, Instant from, Instant to, List<Catalyst> catalysts) {

    /**
     * One catalyst.
     *
     * @param id the person's key
     * @param department null when fewer people than the privacy threshold belong to it
     * @param posts their posts in the window
     * @param raters distinct raters of those posts from outside the person's own department
     * @param departments other departments, each at least the privacy threshold in size, whose
     *     raters rated them highly
     * @param meanStars mean stars of those raters, each rater counting once
     * @param score cross-department recognition, see {@link CatalystService}
     * @param raterDepartments raters per department, for departments with at least the privacy
     *     threshold of raters behind the figure
     * @param otherRaters raters not counted in any listed department
     */
    public record Catalyst(
            String id,
            String displayName,
            String department,
            int posts,
            int raters,
            int departments,
            double meanStars,
            double score,
            List<RaterDepartment> raterDepartments,
            int otherRaters) {}

    public record RaterDepartment(String department, int raters, double meanStars) {}
}
