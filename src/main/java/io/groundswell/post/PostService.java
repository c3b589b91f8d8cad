package io.groundswell.post;

import io.groundswell.identity.Caller;
import io.groundswell.person.Person;
import io.groundswell.person.PersonDirectory;
import io.groundswell.person.PersonDirectory.PersonRef;
import io.groundswell.system.BoundedWrite;
import io.groundswell.system.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Stores posts: upsert by (source, externalId), singly or in chunks that commit together. Owns the
 * transactions; every change fires {@link PostChanged} inside its transaction.
 */
@ApplicationScoped
public class PostService {

    /** How far in the future a createdAt may lie (clock skew between systems). */
    private static final Duration MAX_CLOCK_SKEW = Duration.ofDays(1);

    private static final int ATTEMPTS = 3;

    private final PersonDirectory people;
    private final Event<PostChanged> changes;
    private final MeterRegistry metrics;
    private final RenderedBodies bodies;
    private final Timer ingestTimer;

    PostService(PersonDirectory people, Event<PostChanged> changes, MeterRegistry metrics, RenderedBodies bodies) {
        this.people = people;
        this.bodies = bodies;
        this.changes = changes;
        this.metrics = metrics;
        this.ingestTimer = Timer.builder("groundswell.ingest.batch")
                .description("Time to store one chunk of posts")
                .register(metrics);
    }

    /** One validated post; 201 or 200 depending on {@link BulkItemResult#status()}. */
    @BoundedWrite
    public BulkItemResult upsert(PostRequest request, Caller caller) {
        BulkItemResult result =
                upsertAll(List.of(prepare(request, caller)), caller).get(0);
        if (result.error() != null) {
            throw ProblemException.forbidden(result.error());
        }
        return result;
    }

    /**
     * Stores {@link #prepare prepared} posts in one transaction and answers one result per item, in
     * order. A race with a concurrent writer of the same person or post is retried, so callers see
     * either all items stored or an exception, never half a chunk.
     */
    @BoundedWrite
    public List<BulkItemResult> upsertAll(List<PostRequest> prepared, Caller caller) {
        if (prepared.isEmpty()) {
            return List.of();
        }
        Instant start = Instant.now();
        // People first, committed on their own: the chunk's transaction then only reads their rows.
        Map<String, Long> authors = people.register(prepared.stream()
                .map(r -> new PersonRef(
                        r.author().id(), r.author().displayName(), r.author().department()))
                .toList());
        for (int attempt = 1; ; attempt++) {
            try {
                List<BulkItemResult> results =
                        QuarkusTransaction.requiringNew().call(() -> store(prepared, authors, caller));
                ingestTimer.record(Duration.between(start, Instant.now()));
                results.forEach(r -> metrics.counter("groundswell.ingest.posts", "status", r.status())
                        .increment());
                return results;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !Conflicts.isRace(e)) {
                    throw e;
                }
            }
        }
    }

    @Transactional
    public PostView get(long id) {
        return Post.findWithDetails(List.of(id)).stream()
                .findFirst()
                .map(this::view)
                .orElseThrow(() -> ProblemException.notFound("No post " + id + "."));
    }

    /** Posts of a source, newest first, optionally only the one with an external id. */
    @Transactional
    public List<PostView> list(String source, String externalId, int limit) {
        List<Post> found = externalId == null
                ? Post.find("source = ?1 order by createdAt desc, id desc", source)
                        .page(0, limit)
                        .list()
                : Post.findBySourceAndExternalIds(source, List.of(externalId));
        return Post.findWithDetails(found.stream().map(p -> p.id).toList()).stream()
                .sorted(Comparator.comparing((Post p) -> p.createdAt)
                        .thenComparing(p -> p.id)
                        .reversed())
                .map(this::view)
                .toList();
    }

    private PostView view(Post post) {
        return PostView.of(post, bodies.of(post));
    }

    @Transactional
    @BoundedWrite
    public void delete(long id, Caller caller) {
        Post post = Post.findById(id);
        if (post == null) {
            throw ProblemException.notFound("No post " + id + ".");
        }
        if (!caller.isAdmin()) {
            caller.requireScope(Caller.SCOPE_INGEST);
            caller.requireSource(post.source);
        }
        if (caller.namesSourcePeople() && post.author.managed) {
            throw ProblemException.forbidden("This post belongs to an account holder; an API key may not delete it.");
        }
        post.delete();
        changes.fire(PostChanged.content(id));
    }

    /**
     * Stores the posts in the order of their keys, so that chunks sharing posts lock them in the same
     * order, and answers in request order. Flushes before returning: a lost race then fails here, to
     * be retried, rather than in the commit.
     */
    private List<BulkItemResult> store(List<PostRequest> requests, Map<String, Long> authors, Caller caller) {
        Map<String, Post> existing = findExisting(requests);
        Instant now = Instant.now();
        BulkItemResult[] results = new BulkItemResult[requests.size()];
        List<Integer> order = IntStream.range(0, requests.size())
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> requests.get(i).source())
                        .thenComparing(i -> requests.get(i).externalId()))
                .toList();
        for (int i : order) {
            results[i] = store(requests.get(i), existing, authors, now, caller);
        }
        Post.flush();
        return List.of(results);
    }

    private BulkItemResult store(
            PostRequest request, Map<String, Post> existing, Map<String, Long> authors, Instant now, Caller caller) {
        String key = keyOf(request.source(), request.externalId());
        Post post = existing.get(key);
        boolean created = post == null;
        if (created) {
            post = new Post();
            post.source = request.source();
            post.externalId = request.externalId();
            post.createdAt = request.createdAt() == null ? now : request.createdAt();
        } else if (caller.isPerson() && !caller.isAdmin() && !post.author.key.equals(caller.personKey())) {
            return BulkItemResult.rejected(null, request.externalId(), "this post belongs to someone else");
        } else if (caller.namesSourcePeople() && post.author.managed) {
            return BulkItemResult.rejected(null, request.externalId(), "this post belongs to an account holder");
        } else if (request.createdAt() != null) {
            post.createdAt = request.createdAt();
        }
        post.url = request.url();
        post.title = request.title();
        post.body = request.body();
        post.bodyFormat = request.bodyFormat();
        post.author = Person.getEntityManager()
                .getReference(Person.class, authors.get(request.author().id()));
        post.tags.clear();
        post.tags.addAll(request.tags());
        post.thread = request.thread();
        post.kind = request.kind();
        post.updatedAt = now;
        if (created) {
            post.persist();
            existing.put(key, post);
        }
        changes.fire(PostChanged.content(post.id));
        return new BulkItemResult(
                null, post.externalId, post.id, created ? BulkItemResult.CREATED : BulkItemResult.UPDATED, null);
    }

    private static Map<String, Post> findExisting(List<PostRequest> requests) {
        Map<String, Set<String>> idsBySource = requests.stream()
                .collect(Collectors.groupingBy(
                        PostRequest::source, Collectors.mapping(PostRequest::externalId, Collectors.toSet())));
        Map<String, Post> existing = new HashMap<>();
        idsBySource.forEach((source, ids) -> Post.findBySourceAndExternalIds(source, ids)
                .forEach(post -> existing.put(keyOf(post.source, post.externalId), post)));
        return existing;
    }

    /**
     * Applies defaults and the rules that depend on who is posting to a request that passed bean
     * validation; throws a {@link ProblemException} if this caller may not store it.
     */
    public PostRequest prepare(PostRequest request, Caller caller) {
        caller.requireScope(Caller.SCOPE_INGEST);
        caller.requireSource(request.source());
        PostRequest.AuthorRequest author = request.author();
        if (caller.isPerson()) {
            if (author != null && !author.id().equals(caller.personKey()) && !caller.isAdmin()) {
                throw ProblemException.forbidden("People post as themselves; leave out author or use your own id.");
            }
            if (author == null || author.id().equals(caller.personKey())) {
                // The directory names account holders: their own post's name and department are ignored.
                author = new PostRequest.AuthorRequest(caller.personKey(), null, null);
            }
        } else if (author == null) {
            throw ProblemException.invalid("author", "is required for posts sent by integrations");
        } else if (caller.namesSourcePeople()) {
            author = new PostRequest.AuthorRequest(
                    Person.keyInSource(request.source(), author.id()), author.displayName(), author.department());
        }
        if (request.createdAt() != null
                && request.createdAt().isAfter(Instant.now().plus(MAX_CLOCK_SKEW))) {
            throw ProblemException.invalid("createdAt", "lies more than a day in the future");
        }
        List<String> tags = request.tags() == null
                ? List.of()
                : request.tags().stream()
                        .map(t -> t.trim().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toCollection(LinkedHashSet::new))
                        .stream()
                        .toList();
        return new PostRequest(
                request.source(),
                request.externalId(),
                request.url(),
                request.title().strip(),
                request.body(),
                request.bodyFormat() == null ? BodyFormat.TEXT : request.bodyFormat(),
                author,
                request.createdAt(),
                tags,
                request.thread() == null || request.thread().isBlank()
                        ? null
                        : request.thread().strip(),
                request.kind());
    }

    private static String keyOf(String source, String externalId) {
        return source + '\u0000' + externalId;
    }
}
