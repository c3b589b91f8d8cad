package io.groundswell.rating;

import io.groundswell.identity.Caller;
import io.groundswell.identity.Roles;
import io.groundswell.system.QueryValues;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The posts of my department waiting for ratings, for the home page of every employee. */
@Path("/api/me/posts-to-rate")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
@Tag(name = "ratings")
public class PostsToRateResource {

    private final PostsToRateService service;
    private final SecurityIdentity identity;

    PostsToRateResource(PostsToRateService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(
            summary = "Recent posts of your department with few ratings yet, that you neither wrote nor rated",
            description = "Posts of the last 30 days by people of your department with fewer than 3 ratings,"
                    + " newest first. Empty when your account has no department.")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "400", description = "A malformed limit")
    @APIResponse(responseCode = "403", description = "The caller is an API key, not a person")
    public PostsToRate postsToRate(
            @Parameter(description = "How many posts: 1 to 50, default 5") @QueryParam("limit") String limit) {
        return service.postsToRate(Caller.of(identity), QueryValues.integer("limit", limit, 5, 1, 50));
    }
}
