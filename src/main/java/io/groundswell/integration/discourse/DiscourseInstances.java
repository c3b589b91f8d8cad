package io.groundswell.integration.discourse;

import io.groundswell.integration.IntegrationsConfig;
import io.groundswell.system.Problem;
import io.groundswell.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which secret verifies a delivery and which source its posts get: a registered instance (source
 * {@code discourse-<host>}) when X-Discourse-Instance names one, else the configured default
 * instance (source {@code discourse}). X-Discourse-Instance is not signed, so it only selects a
 * secret: links are built from the URL registered or configured for that secret, never from the
 * header, and a header that names no registered instance is otherwise ignored.
 */
@ApplicationScoped
public class DiscourseInstances {

    static final String DEFAULT_SOURCE = "discourse";

    /** The secret and source that apply to one delivery, and the base URL for post links. */
    record Resolved(String source, String secret, String baseUrl) {}

    private final Optional<String> defaultSecret;
    private final String defaultUrl;

    DiscourseInstances(IntegrationsConfig config) {
        this.defaultSecret = config.discourse().secret().filter(s -> !s.isBlank());
        this.defaultUrl =
                config.discourse().url().map(url -> normalise(url.toString())).orElse(null);
    }

    /** Registers an instance, or replaces the secret of one already registered; true when created. */
    @Transactional
    public boolean register(DiscourseInstanceRequest request, String admin) {
        String url = normalise(request.instance());
        Instant now = Instant.now();
        DiscourseInstance instance = DiscourseInstance.findByUrl(url).orElse(null);
        boolean created = instance == null;
        if (created) {
            instance = new DiscourseInstance();
            instance.instanceUrl = url;
            instance.source = sourceFor(url);
            instance.createdAt = now;
        }
        instance.secret = request.secret();
        instance.createdBy = admin;
        instance.updatedAt = now;
        if (created) {
            instance.persist();
        }
        return created;
    }

    @Transactional
    public DiscourseInstanceView get(String instanceUrl) {
        return DiscourseInstance.findByUrl(normalise(instanceUrl))
                .map(DiscourseInstanceView::of)
                .orElseThrow(() -> ProblemException.notFound("No Discourse instance " + instanceUrl + "."));
    }

    @Transactional
    public List<DiscourseInstanceView> list() {
        return DiscourseInstance.<DiscourseInstance>listAll().stream()
                .map(DiscourseInstanceView::of)
                .toList();
    }

    @Transactional
    public void delete(long id) {
        if (!DiscourseInstance.deleteById(id)) {
            throw ProblemException.notFound("No Discourse instance " + id + ".");
        }
    }

    /** The instance a delivery claims to come from; 401 when no secret could verify it. */
    @Transactional
    Resolved resolve(String instanceHeader) {
        String url = instanceHeader == null || instanceHeader.isBlank() ? null : normalise(instanceHeader);
        if (url != null) {
            Optional<DiscourseInstance> registered = DiscourseInstance.findByUrl(url);
            if (registered.isPresent()) {
                return new Resolved(registered.get().source, registered.get().secret, registered.get().instanceUrl);
            }
        }
        return defaultSecret
                .map(secret -> new Resolved(DEFAULT_SOURCE, secret, defaultUrl))
                .orElseThrow(() -> unauthorized("No secret is configured for this Discourse instance."));
    }

    static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of(401, "unauthorized", "Unauthorized", detail));
    }

    static String normalise(String instanceUrl) {
        String url = instanceUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url.toLowerCase(Locale.ROOT);
    }

    /** {@code discourse-<host>}, in the characters a source may hold. */
    static String sourceFor(String instanceUrl) {
        String host = Optional.ofNullable(URI.create(instanceUrl).getHost()).orElse("unknown");
        String source = "discourse-" + host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
        return source.length() <= 64 ? source : source.substring(0, 64);
    }
}
