package io.groundswell.leadership;

import io.groundswell.identity.Caller;
import io.groundswell.identity.Roles;
import io.groundswell.leadership.OwnDataService.Listing;
import io.groundswell.system.QueryValues;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person's own ratings, and whether they are listed in who-leads-what. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
@Tag(name = "leadership")
public class OwnDataResource {

    /** Posts one lookup of your ratings may name: a page of results, with room to spare. */
    static final int MAX_LOOKUP = 100;

    /** The body of {@code PUT /api/me/listing}. */
    public record ListingRequest(@NotNull Boolean listed) {}

    private final OwnDataService own;
    private final SecurityIdentity identity;

    OwnDataResource(OwnDataService own, SecurityIdentity identity) {
        this.own = own;
        this.identity = identity;
    }

    @GET
    @Path("/ratings")
    @Operation(
            summary = "The ratings you gave, newest first (nobody else can see them)",
            description = "With post (repeated, up to " + MAX_LOOKUP + " ids), only your ratings of those posts,"
                    + " in no particular order: posts you have not rated are absent, and total counts those"
                    + " found; limit and offset then do not apply. Lets a page show your stars on a list"
                    + " of posts in one call.")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "400", description = "A malformed limit, offset or post id, or too many post ids")
    public OwnRatings ratings(
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset,
            @Parameter(description = "A post id; repeat it to look up several posts at once") @QueryParam("post")
                    List<String> posts) {
        List<Long> postIds = QueryValues.ids("post", posts, MAX_LOOKUP);
        if (!postIds.isEmpty()) {
            return own.ownRatingsOf(Caller.of(identity), postIds);
        }
        return own.ownRatings(
                Caller.of(identity),
                QueryValues.integer("limit", limit, 100, 1, 1000),
                QueryValues.integer("offset", offset, 0, 0, Integer.MAX_VALUE));
    }

    @GET
    @Path("/listing")
    @Operation(summary = "Whether you appear in lists of people (leaders, catalysts, topics)")
    public Listing listing() {
        return own.listing(Caller.of(identity));
    }

    @PUT
    @Path("/listing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Opt out of (listed: false) or back into every list that names people")
    public Listing setListing(@Valid @NotNull ListingRequest request) {
        return own.setListed(Caller.of(identity), request.listed());
    }
}
