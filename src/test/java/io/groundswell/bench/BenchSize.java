package io.groundswell.bench;

/**
 * How big a benchmark run is. {@code small} is the CI smoke run (a couple of minutes);
 * {@code large} is the 1M-post run whose table goes into src/docs/performance.md. Every figure can be overridden
 * with a system property of the same name ({@code -Dbench.posts=10000}). The first
 * {@code restPosts} posts go through the REST API, the rest of the history straight into the
 * database ({@link SqlHistory}).
 */
record BenchSize(
        String name,
        int posts,
        int days,
        int firstCheckpoint,
        int restPosts,
        int raters,
        int ratingsPerRater,
        int searches) {

    static BenchSize fromSystemProperties() {
        String name = System.getProperty("bench.size", "small");
        BenchSize base =
                switch (name) {
                    case "large" -> new BenchSize("large", 1_000_000, 1000, 100_000, 50_000, 64, 300, 2000);
                    case "small" -> new BenchSize("small", 3_000, 90, 1_500, 3_000, 64, 20, 300);
                    default -> throw new IllegalArgumentException("bench.size is small or large, not " + name);
                };
        return new BenchSize(
                name,
                Integer.getInteger("bench.posts", base.posts()),
                Integer.getInteger("bench.days", base.days()),
                Integer.getInteger("bench.first-checkpoint", base.firstCheckpoint()),
                Integer.getInteger("bench.rest-posts", base.restPosts()),
                base.raters(),
                Integer.getInteger("bench.ratings-per-rater", base.ratingsPerRater()),
                Integer.getInteger("bench.searches", base.searches()));
    }
}
