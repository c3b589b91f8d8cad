package io.groundswell.integration.feed;

import io.groundswell.identity.Caller;
import io.groundswell.identity.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins register RSS and Atom feeds; they are polled on a schedule, or now on request. */
@Path("/api/admin/feeds")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class FeedResource {

    private final FeedService feeds;
    private final SecurityIdentity identity;

    FeedResource(FeedService feeds, SecurityIdentity identity) {
        this.feeds = feeds;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201")
    @APIResponse(responseCode = "409", description = "The feed is registered already")
    @Operation(summary = "Register an RSS or Atom feed; its entries become posts of the given source")
    public Response register(@Valid @NotNull FeedRequest request) {
        FeedView feed = feeds.register(request, Caller.of(identity));
        return Response.created(URI.create("/api/admin/feeds/" + feed.id()))
                .entity(feed)
                .build();
    }

    @GET
    @Operation(summary = "The registered feeds and the outcome of their last poll")
    public List<FeedView> list() {
        return feeds.list();
    }

    @POST
    @Path("/{id}/poll")
    @Operation(
            summary = "Poll a feed now",
            description = "Answers what the poll did; notModified is true when the server answered 304.")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The feed is being polled already; try again later")
    public PollResult poll(@PathParam("id") long id) {
        return feeds.poll(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop polling a feed; its posts stay")
    public Response delete(@PathParam("id") long id) {
        feeds.delete(id);
        return Response.noContent().build();
    }
}
