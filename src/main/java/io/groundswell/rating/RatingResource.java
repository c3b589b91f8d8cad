package io.groundswell.rating;

import io.groundswell.identity.Caller;
import io.groundswell.identity.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Ratings of a post: the caller's own, and on-behalf ratings recorded by integrations. */
@Path("/api/posts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ratings")
public class RatingResource {

    private final RatingService ratings;
    private final SecurityIdentity identity;

    RatingResource(RatingService ratings, SecurityIdentity identity) {
        this.ratings = ratings;
        this.identity = identity;
    }

    @PUT
    @Path("/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Rate a post 1 to 5 stars; replaces your earlier rating")
    public RatingView rate(@PathParam("id") long id, @Valid @NotNull RatingRequest request) {
        return ratings.rate(id, request.stars(), Caller.of(identity));
    }

    @GET
    @Path("/rating")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Your own rating of a post (nobody else's is ever shown)")
    public RatingView own(@PathParam("id") long id) {
        return ratings.own(id, Caller.of(identity));
    }

    @DELETE
    @Path("/rating")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Withdraw your rating")
    public Response withdraw(@PathParam("id") long id) {
        ratings.withdraw(id, Caller.of(identity));
        return Response.noContent().build();
    }

    @PUT
    @Path("/ratings/{raterId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTEGRATION)
    @Operation(summary = "Record a person's rating on their behalf (API key with scope 'rate')")
    public RatingView rateOnBehalf(
            @PathParam("id") long id,
            @PathParam("raterId") @Size(max = 128) @Pattern(regexp = "[^/\\p{Cntrl}]+") String raterId,
            @Valid @NotNull RatingRequest request) {
        return ratings.rateOnBehalf(id, raterId, request, Caller.of(identity));
    }

    @DELETE
    @Path("/ratings/{raterId}")
    @RolesAllowed(Roles.INTEGRATION)
    @Operation(summary = "Withdraw a rating recorded on a person's behalf")
    public Response withdrawOnBehalf(@PathParam("id") long id, @PathParam("raterId") @Size(max = 128) String raterId) {
        ratings.withdrawOnBehalf(id, raterId, Caller.of(identity));
        return Response.noContent().build();
    }
}
