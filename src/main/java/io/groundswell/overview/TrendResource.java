package io.groundswell.overview;

import io.groundswell.identity.Roles;
import io.groundswell.system.ProblemResponses;
import io.groundswell.trend.AnalyticsParams;
import io.groundswell.trend.TermExplanation;
import io.groundswell.trend.TrendExplainer;
import io.groundswell.trend.TrendReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Trending terms and phrases, and why each one trends. */
@APIResponse(responseCode = "200")
@APIResponse(responseCode = "503", description = ProblemResponses.INDEX_OPENING)
@Path("/api/trends")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LEADER)
@Tag(name = "trends")
public class TrendResource {

    private final LedTrends trends;
    private final TrendExplainer explainer;

    TrendResource(LedTrends trends, TrendExplainer explainer) {
        this.trends = trends;
        this.explainer = explainer;
    }

    @GET
    @Operation(summary = "Trending terms and phrases of a window, with the filters of search, and who leads each")
    public TrendReport trends(@BeanParam @Valid AnalyticsParams query) {
        return trends.trends(query.window(), query.filters(), query.limit(50, 100));
    }

    @GET
    @Path("/{term}")
    @Operation(summary = "Why a term trends: driving posts, daily counts, departments")
    public TermExplanation explain(
            @PathParam("term") @Size(min = 1, max = 100) String term, @BeanParam @Valid AnalyticsParams query) {
        return explainer.explain(term, query.window(), query.filters());
    }
}
