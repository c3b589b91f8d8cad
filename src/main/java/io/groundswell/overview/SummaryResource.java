package io.groundswell.overview;

import io.groundswell.identity.Caller;
import io.groundswell.identity.Roles;
import io.groundswell.system.ProblemResponses;
import io.groundswell.trend.AnalyticsAccess;
import io.groundswell.trend.AnalyticsParams;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The headline figures of a window beside the trends: posts, ratings and active people against the
 * previous window. Not under {@code /api/trends/}, where any word names a trending term.
 */
@APIResponse(responseCode = "200")
@APIResponse(responseCode = "403", description = AnalyticsAccess.REFUSED_SLICES)
@APIResponse(responseCode = "503", description = ProblemResponses.INDEX_OPENING)
@Path("/api/summary")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
@Tag(name = "trends")
public class SummaryResource {

    private final TrendSummaries summaries;
    private final AnalyticsAccess access;
    private final SecurityIdentity identity;

    SummaryResource(TrendSummaries summaries, AnalyticsAccess access, SecurityIdentity identity) {
        this.summaries = summaries;
        this.access = access;
        this.identity = identity;
    }

    @GET
    @Operation(
            summary = "Posts, ratings and active people of a window and of the window of the same length before it",
            description = "Takes the window and filters of /api/trends, under the same privacy rules. Ratings are"
                    + " those given in the window to posts of the filters, self-ratings left out; active people"
                    + " wrote a post of the window or gave one of those ratings. enoughData is false when the"
                    + " window has fewer than enoughPosts posts: too few for its trends to say much.")
    public TrendSummary summary(@BeanParam @Valid AnalyticsParams query) {
        return summaries.summarise(query.window(), access.allowed(query.filters(), Caller.of(identity)));
    }
}
