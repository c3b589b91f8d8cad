package io.groundswell.integration.discourse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.groundswell.identity.Caller;
import io.groundswell.integration.IncomingText;
import io.groundswell.integration.discourse.DiscourseInstances.Resolved;
import io.groundswell.post.PostRequest;
import io.groundswell.post.PostRequest.AuthorRequest;
import io.groundswell.post.PostService;
import io.groundswell.post.PostView;
import io.groundswell.rating.RatingRequest;
import io.groundswell.rating.RatingService;
import io.groundswell.system.JsonProblems;
import io.groundswell.system.Problem;
import io.groundswell.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Applies Discourse webhook deliveries: verifies the signature before reading anything, and lets
 * only the signed body decide what happens: a post is upserted, or deleted when its
 * {@code deleted_at} is set, and a like is a 5-star rating on the liker's behalf. The same body
 * delivered again within the replay window, or a post older than the one applied, changes nothing.
 * Bodies it has no use for are acknowledged and ignored, so Discourse does not retry them.
 */
@ApplicationScoped
public class DiscourseWebhooks {

    private static final Logger LOG = Logger.getLogger(DiscourseWebhooks.class);
    private static final Caller CALLER = Caller.system("discourse");
    private static final int LIKE_STARS = 5;

    /** One delivery as it arrived: the raw body and the Discourse headers. */
    public record Delivery(byte[] body, String event, String instance, String eventId, String signature) {}

    private final DiscourseInstances instances;
    private final DeliveryLog log;
    private final PostVersions versions;
    private final PostService posts;
    private final RatingService ratings;
    private final ObjectMapper mapper;
    private final Validator validator;

    DiscourseWebhooks(
            DiscourseInstances instances,
            DeliveryLog log,
            PostVersions versions,
            PostService posts,
            RatingService ratings,
            ObjectMapper mapper,
            Validator validator) {
        this.instances = instances;
        this.log = log;
        this.versions = versions;
        this.posts = posts;
        this.ratings = ratings;
        this.mapper = mapper;
        this.validator = validator;
    }

    public DiscourseOutcome receive(Delivery delivery) {
        Resolved instance = instances.resolve(delivery.instance());
        if (!WebhookSignature.matches(instance.secret(), delivery.body(), delivery.signature())) {
            throw DiscourseInstances.unauthorized(
                    "X-Discourse-Event-Signature is missing or does not match the body and the instance's secret.");
        }
        String event = delivery.event() == null ? "" : delivery.event().strip();
        // X-Discourse-Event-Id is not signed: a new or missing one must not make a body new again.
        String bodyHash = DeliveryLog.hash(delivery.body());
        if (log.seen(instance.source(), bodyHash)) {
            return DiscourseOutcome.duplicate(event, "this body was delivered before");
        }
        DiscourseOutcome outcome = apply(event, parse(delivery.body()), instance);
        try {
            log.remember(instance.source(), bodyHash);
        } catch (PersistenceException concurrentCopy) {
            // The same body, delivered again while this one ran, was remembered first.
            LOG.debugf("Discourse delivery %s of %s was remembered concurrently", bodyHash, instance.source());
        }
        return outcome;
    }

    /** Decided by the body alone: X-Discourse-Event is not signed, so it is only reported. */
    private DiscourseOutcome apply(String event, JsonNode payload, Resolved instance) {
        if (payload.has("like")) {
            return like(event, object(payload, "like"), instance);
        }
        if (payload.has("post")) {
            JsonNode post = object(payload, "post");
            PostVersions.State state = PostVersions.State.of(post);
            if (state.deleted() != event.equals("post_destroyed")) {
                LOG.infof(
                        "Discourse delivery labelled %s carries a %s post; the body decides",
                        IncomingText.cut(event, 64), state.deleted() ? "deleted" : "live");
            }
            String id = DiscoursePayload.postId(post);
            return versions.applyIfNewer(
                            instance.source(),
                            id,
                            state,
                            true,
                            () -> state.deleted()
                                    ? destroy(event, id, instance)
                                    : DiscourseOutcome.applied(event, upsert(post, instance)))
                    .orElseGet(() -> DiscourseOutcome.duplicate(
                            event, "this version of the post, or a newer one, was applied before"));
        }
        if (payload.has("topic")) {
            return DiscourseOutcome.ignored(event, "a topic's first post arrives as a post");
        }
        return DiscourseOutcome.ignored(event, "Groundswell uses only posts and likes");
    }

    private long upsert(JsonNode post, Resolved instance) {
        PostRequest request = DiscoursePayload.post(post, instance);
        Set<ConstraintViolation<PostRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        return posts.upsert(request, CALLER).id();
    }

    private DiscourseOutcome destroy(String event, String externalId, Resolved instance) {
        Optional<PostView> existing = find(instance.source(), externalId);
        if (existing.isEmpty()) {
            return DiscourseOutcome.ignored(event, "the post is not stored here");
        }
        posts.delete(existing.get().id(), CALLER);
        return DiscourseOutcome.applied(event, existing.get().id());
    }

    private DiscourseOutcome like(String event, JsonNode like, Resolved instance) {
        JsonNode post = object(like, "post");
        AuthorRequest liker = DiscoursePayload.person(object(like, "user"), instance.source());
        String externalId = DiscoursePayload.postId(post);
        PostVersions.State state = PostVersions.State.of(post);
        // A like of a post whose own webhook never arrived stores the post first, from the like; never
        // one deleted here, unless the like carries a newer version of it.
        Optional<Long> postId = find(instance.source(), externalId)
                .map(PostView::id)
                .or(() -> state.deleted()
                        ? Optional.empty()
                        : versions.applyIfNewer(
                                instance.source(), externalId, state, false, () -> upsert(post, instance)));
        if (postId.isEmpty()) {
            return DiscourseOutcome.ignored(event, "the post was deleted");
        }
        ratings.rateOnBehalf(
                postId.get(), liker.id(), new RatingRequest(LIKE_STARS, liker.displayName(), null), CALLER);
        return DiscourseOutcome.applied(event, postId.get());
    }

    private Optional<PostView> find(String source, String externalId) {
        return posts.list(source, externalId, 1).stream().findFirst();
    }

    private JsonNode parse(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(JsonProblems.describe(e));
        } catch (java.io.IOException e) {
            throw ProblemException.badRequest("The body could not be read.");
        }
    }

    private static JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || !node.isObject()) {
            throw ProblemException.invalid(field, "is required for this event and must be an object");
        }
        return node;
    }

    private static ProblemException invalid(Set<ConstraintViolation<PostRequest>> violations) {
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return new ProblemException(new Problem("/problems/validation", "Invalid input", 400, detail, errors));
    }
}
