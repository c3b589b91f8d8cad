package io.groundswell.search;

import io.groundswell.identity.Roles;
import io.groundswell.system.ProblemResponses;
import io.groundswell.system.QueryValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Posts related to one post, for the people who may search (leaders and admins are employees too). */
@APIResponse(responseCode = "200")
@APIResponse(responseCode = "404", description = "No such post")
@APIResponse(responseCode = "503", description = ProblemResponses.INDEX_OPENING)
@Path("/api/posts/{id}/related")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
public class RelatedPostsResource {

    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 20;

    private final RelatedPostsService related;

    RelatedPostsResource(RelatedPostsService related) {
        this.related = related;
    }

    @GET
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Posts like this one (Lucene's MoreLikeThis over titles and bodies), most alike first")
    public RelatedPosts related(
            @PathParam("id") long id,
            @QueryParam("limit")
                    @Parameter(description = "Posts to return, 1 to " + MAX_LIMIT + ", default " + DEFAULT_LIMIT)
                    String limit) {
        return related.of(id, QueryValues.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
    }
}
