package io.groundswell.search;

import io.groundswell.identity.Roles;
import io.groundswell.system.ProblemResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Full-text search over posts, for people (leaders and admins are employees too). */
@APIResponse(responseCode = "200")
@APIResponse(responseCode = "503", description = ProblemResponses.INDEX_OPENING)
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
public class SearchResource {

    private final SearchService search;

    SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Search posts: filters, sort, paging, highlighted snippets and facet counts")
    public SearchResponse search(@BeanParam SearchParams params) {
        return search.search(params.toRequest());
    }
}
