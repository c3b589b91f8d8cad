package io.groundswell.live;

import io.groundswell.identity.Roles;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * Server-sent events for dashboards. Authenticated like every other call, which rules out the
 * browser's EventSource (it cannot send an Authorization header): the dashboard reads this stream
 * with fetch() instead, so no credential ever travels in a URL.
 */
@Path("/api/events")
@Tag(name = "live")
public class EventsResource {

    private final ChangeFeed feed;

    EventsResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(
            summary = "A stream of {type, posts, at}: hello on connect, changed (debounced) after posts or"
                    + " ratings change, ping while idle")
    public Multi<LiveEvent> events() {
        return feed.listen();
    }
}
