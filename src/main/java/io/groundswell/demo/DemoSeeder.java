package io.groundswell.demo;

import io.groundswell.identity.Caller;
import io.groundswell.identity.IdentityAdminService;
import io.groundswell.identity.NewUser;
import io.groundswell.identity.Roles;
import io.groundswell.identity.UserView;
import io.groundswell.person.PersonDirectory.PersonRef;
import io.groundswell.post.BulkItemResult;
import io.groundswell.post.Post;
import io.groundswell.post.PostRequest;
import io.groundswell.post.PostService;
import io.groundswell.rating.RatingImport;
import io.groundswell.rating.RatingService;
import io.groundswell.system.GroundswellConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Demo mode: when {@code groundswell.demo=true} and the database holds no post, loads the
 * {@link SyntheticCorpus synthetic organisation} through the same services that ingest real posts
 * and ratings, and creates a leader and an employee account. Runs in a background thread so the
 * HTTP server answers at once; the dashboard fills up while it runs.
 */
@ApplicationScoped
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);

    /** Posts per transaction, as bulk ingest stores them. */
    static final int CHUNK = 250;

    private static final Caller CALLER = Caller.system("demo");

    private final GroundswellConfig config;
    private final DemoDataConfig data;
    private final String password;
    private final PostService posts;
    private final RatingService ratings;
    private final IdentityAdminService identities;
    private final Validator validator;
    private final CompletableFuture<SeedReport> completion = new CompletableFuture<>();
    private volatile boolean stopping;
    private Thread worker;

    DemoSeeder(
            GroundswellConfig config,
            DemoDataConfig data,
            DemoAccountsConfig accounts,
            PostService posts,
            RatingService ratings,
            IdentityAdminService identities,
            Validator validator) {
        this.config = config;
        this.data = data;
        this.password = accounts.password();
        this.posts = posts;
        this.ratings = ratings;
        this.identities = identities;
        this.validator = validator;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.demo()) {
            completion.complete(SeedReport.nothing());
            return;
        }
        worker = new Thread(this::runInBackground, "demo-seeder");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        if (worker != null) {
            // Let the chunk in flight commit rather than pull the database from under it.
            worker.join(Duration.ofSeconds(10).toMillis());
        }
    }

    /** Completes when the seeding started at startup has finished, or at once when demo mode is off. */
    public CompletableFuture<SeedReport> completion() {
        return completion.copy();
    }

    private void runInBackground() {
        try {
            completion.complete(seedIfEmpty());
        } catch (RuntimeException e) {
            LOG.error("Demo mode: seeding failed", e);
            completion.completeExceptionally(e);
        }
    }

    /** Seeds the synthetic organisation unless the database already holds posts. */
    public synchronized SeedReport seedIfEmpty() {
        // A lambda, not Post::count: Panache implements count() in Post itself, not in its superclass.
        long existing = QuarkusTransaction.requiringNew().call(() -> Post.count());
        if (existing > 0) {
            LOG.infof("Demo mode: the database holds %d posts already; nothing seeded.", existing);
            return SeedReport.nothing();
        }
        Instant started = Instant.now();
        SyntheticCorpus corpus =
                new SyntheticCorpus(new CorpusOptions(data.seed(), data.people(), data.posts(), data.days(), started));
        LOG.infof(
                "Demo mode: seeding %d posts by %d people over %d days (seed %d) in the background.",
                data.posts(), data.people(), data.days(), data.seed());
        List<SeedReport.Account> accounts = createAccounts(corpus);
        if (!accounts.isEmpty()) {
            LOG.infof(
                    "Demo mode: sign in as %s with the password set in groundswell.demo.password",
                    accounts.stream()
                            .map(a -> a.username() + " (" + a.role() + ")")
                            .collect(Collectors.joining(" or ")));
        }
        Map<String, SyntheticPerson> people =
                corpus.people().stream().collect(Collectors.toMap(SyntheticPerson::key, Function.identity()));
        int storedPosts = 0;
        int storedRatings = 0;
        List<SyntheticPost> chunk = new ArrayList<>(CHUNK);
        for (Iterator<SyntheticPost> it = corpus.posts().iterator(); it.hasNext() && !stopping; ) {
            chunk.add(it.next());
            if (chunk.size() == CHUNK || !it.hasNext()) {
                storedRatings += store(chunk, people);
                storedPosts += chunk.size();
                chunk.clear();
                if (storedPosts % (CHUNK * 4) == 0 || !it.hasNext()) {
                    LOG.infof(
                            "Demo mode: %d of %d posts and %d ratings stored (%d s)",
                            storedPosts, data.posts(), storedRatings, seconds(started));
                }
            }
        }
        Duration took = Duration.between(started, Instant.now());
        if (stopping && storedPosts < data.posts()) {
            LOG.warnf(
                    "Demo mode: stopped by shutdown after %d of %d posts. The database is no longer empty, so"
                            + " the next start seeds nothing; delete the data directory to seed again.",
                    storedPosts, data.posts());
        } else {
            LOG.infof(
                    "Demo mode: seeded %d posts and %d ratings in %.1f s",
                    storedPosts, storedRatings, took.toMillis() / 1000.0);
        }
        return new SeedReport(true, storedPosts, storedRatings, accounts, took);
    }

    /** Stores one chunk of posts in one transaction, then their ratings in another; returns the ratings stored. */
    private int store(List<SyntheticPost> chunk, Map<String, SyntheticPerson> people) {
        List<PostRequest> prepared = chunk.stream()
                .map(post -> posts.prepare(valid(request(post)), CALLER))
                .toList();
        Instant start = Instant.now();
        List<BulkItemResult> results = posts.upsertAll(prepared, CALLER);
        Instant postsStored = Instant.now();
        List<RatingImport> imports = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            BulkItemResult result = results.get(i);
            if (result.id() == null) {
                throw new IllegalStateException(
                        "Demo post " + result.externalId() + " was rejected: " + result.error());
            }
            SyntheticPost post = chunk.get(i);
            for (SyntheticRating rating : post.ratings()) {
                imports.add(new RatingImport(
                        result.id(), ref(people.get(rating.raterKey())), rating.stars(), ratedAt(post, rating)));
            }
        }
        int stored = imports.isEmpty() ? 0 : ratings.importRatings(imports);
        // Ratings cost most (a few statements each in RatingService.importRatings): worth watching.
        LOG.debugf(
                "Demo mode: chunk of %d posts in %d ms, %d ratings in %d ms",
                chunk.size(),
                Duration.between(start, postsStored).toMillis(),
                stored,
                Duration.between(postsStored, Instant.now()).toMillis());
        return stored;
    }

    private static PostRequest request(SyntheticPost post) {
        SyntheticPerson author = post.author();
        return new PostRequest(
                post.source(),
                post.externalId(),
                post.url(),
                post.title(),
                post.body(),
                post.bodyFormat(),
                new PostRequest.AuthorRequest(author.key(), author.displayName(), author.department()),
                post.createdAt(),
                post.tags());
    }

    /** The corpus is ours: a post that fails validation is a bug in the generator, not bad input. */
    private PostRequest valid(PostRequest request) {
        Set<ConstraintViolation<PostRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Generated post " + request.externalId() + " is invalid: "
                    + violations.stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage())
                            .collect(Collectors.joining("; ")));
        }
        return request;
    }

    /**
     * A leader and an employee who are people of the corpus (the username is their person key), so
     * signing in shows a dashboard with their own posts: the most active writers of the two largest
     * departments.
     */
    private List<SeedReport.Account> createAccounts(SyntheticCorpus corpus) {
        List<String> departments = corpus.departmentSizes().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .limit(2)
                .toList();
        Set<String> taken =
                identities.listUsers().stream().map(UserView::username).collect(Collectors.toSet());
        List<SeedReport.Account> created = new ArrayList<>();
        for (int i = 0; i < departments.size(); i++) {
            String department = departments.get(i);
            SyntheticPerson person = corpus.people().stream()
                    .filter(p -> p.department().equals(department))
                    .max(Comparator.comparingDouble(SyntheticPerson::activity))
                    .orElseThrow();
            if (taken.contains(person.key())) {
                continue;
            }
            String role = i == 0 ? Roles.LEADER : Roles.EMPLOYEE;
            identities.createUser(
                    new NewUser(person.key(), password, List.of(role), person.displayName(), person.department()));
            created.add(new SeedReport.Account(person.key(), role));
        }
        return created;
    }

    /**
     * Within two days of the post, as colleagues read it: the overview counts ratings by when they
     * were given, so a demo whose ratings all date from its start would show none before this week.
     * A moment still to come is stored as now.
     */
    private static Instant ratedAt(SyntheticPost post, SyntheticRating rating) {
        long minutes = 10 + Math.floorMod((post.externalId() + rating.raterKey()).hashCode(), 48 * 60);
        return post.createdAt().plus(Duration.ofMinutes(minutes));
    }

    private static PersonRef ref(SyntheticPerson person) {
        return new PersonRef(person.key(), person.displayName(), person.department());
    }

    private static long seconds(Instant since) {
        return Duration.between(since, Instant.now()).toSeconds();
    }
}
