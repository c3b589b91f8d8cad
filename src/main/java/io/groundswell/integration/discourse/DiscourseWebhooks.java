package io.groundswell.integration.discourse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.groundswell.identity.Caller;
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
 * Applies Discourse webhook deliveries: verifies the signature before reading anything, skips
 * event ids applied before, and turns posts into upserts, deletions into deletes and likes into
 * 5-star ratings on the liker's behalf. Events it has no use for are acknowledged and ignored,
 * so Discourse does not retry them.
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
    private final PostService posts;
    private final RatingService ratings;
    private final ObjectMapper mapper;
    private final Validator validator;

    DiscourseWebhooks(
            DiscourseInstances instances,
            DeliveryLog log,
            PostService posts,
            RatingService ratings,
            ObjectMapper mapper,
            Validator validator) {
        this.instances = instances;
        this.log = log;
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
        String eventId = delivery.eventId() == null || delivery.eventId().isBlank()
                ? null
                : delivery.eventId().strip();
        if (eventId != null && log.seen(instance.source(), eventId)) {
            return DiscourseOutcome.duplicate(event);
        }
        DiscourseOutcome outcome = apply(event, parse(delivery.body()), instance);
        if (eventId != null) {
            try {
                log.remember(instance.source(), eventId, event);
            } catch (PersistenceException concurrentCopy) {
                // The same delivery, retried while this one ran, was applied and remembered first.
                LOG.debugf("Discourse event %s of %s was remembered concurrently", eventId, instance.source());
            }
        }
        return outcome;
    }

    private DiscourseOutcome apply(String event, JsonNode payload, Resolved instance) {
        return switch (event) {
            case "post_created", "post_edited", "post_recovered" -> DiscourseOutcome.applied(
                    event, upsert(object(payload, "post"), instance));
            case "post_destroyed" -> destroy(event, object(payload, "post"), instance);
            case "post_liked" -> like(event, object(payload, "like"), instance);
            case "topic_created" -> DiscourseOutcome.ignored(event, "a topic's first post arrives as post_created");
            default -> DiscourseOutcome.ignored(event, "Groundswell does not use this event");
        };
    }

    private long upsert(JsonNode post, Resolved instance) {
        PostRequest request = DiscoursePayload.post(post, instance);
        Set<ConstraintViolation<PostRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        return posts.upsert(request, CALLER).id();
    }

    private DiscourseOutcome destroy(String event, JsonNode post, Resolved instance) {
        Optional<PostView> existing = find(instance.source(), DiscoursePayload.postId(post));
        if (existing.isEmpty()) {
            return DiscourseOutcome.ignored(event, "the post is not stored here");
        }
        posts.delete(existing.get().id(), CALLER);
        return DiscourseOutcome.applied(event, existing.get().id());
    }

    private DiscourseOutcome like(String event, JsonNode like, Resolved instance) {
        JsonNode post = object(like, "post");
        AuthorRequest liker = DiscoursePayload.person(object(like, "user"), instance.source());
        // A like of a post whose own webhook never arrived stores the post first, from the like.
        long postId = find(instance.source(), DiscoursePayload.postId(post))
                .map(PostView::id)
                .orElseGet(() -> upsert(post, instance));
        ratings.rateOnBehalf(postId, liker.id(), new RatingRequest(LIKE_STARS, liker.displayName(), null), CALLER);
        return DiscourseOutcome.applied(event, postId);
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
