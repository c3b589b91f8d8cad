package io.groundswell.overview;

import io.groundswell.identity.Caller;
import io.groundswell.identity.Roles;
import io.groundswell.system.ProblemResponses;
import io.groundswell.trend.AnalyticsAccess;
import io.groundswell.trend.AnalyticsParams;
import io.groundswell.trend.TermExplanation;
import io.groundswell.trend.TrendExplainer;
import io.groundswell.trend.TrendReport;
import io.groundswell.trend.TrendReport.Filters;
import io.quarkus.security.identity.SecurityIdentity;
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
@APIResponse(responseCode = "403", description = AnalyticsAccess.REFUSED_SLICES)
@APIResponse(responseCode = "503", description = ProblemResponses.INDEX_OPENING)
@Path("/api/trends")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
@Tag(name = "trends")
public class TrendResource {

    private final LedTrends trends;
    private final TrendExplainer explainer;
    private final AnalyticsAccess access;
    private final SecurityIdentity identity;

    TrendResource(LedTrends trends, TrendExplainer explainer, AnalyticsAccess access, SecurityIdentity identity) {
        this.trends = trends;
        this.explainer = explainer;
        this.access = access;
        this.identity = identity;
    }

    @GET
    @Operation(
            summary = "Trending terms and phrases of a window, with the filters of search, and who leads each",
            description = "Everyone signed in sees the trends; who leads each term (leaders) is listed for"
                    + " leaders only, and is empty for other employees.")
    public TrendReport trends(@BeanParam @Valid AnalyticsParams query) {
        Caller caller = Caller.of(identity);
        Filters filters = access.allowed(query.filters(), caller);
        int limit = query.limit(50, 100);
        return AnalyticsAccess.seesPeople(caller)
                ? trends.trends(query.window(), filters, limit)
                : trends.unled(query.window(), filters, limit);
    }

    @GET
    @Path("/{term}")
    @Operation(
            summary = "Why a term trends: driving posts, daily counts, departments",
            description = "The breakdown by department (departments, otherPeople) is given to leaders only and"
                    + " lists departments of at least the privacy threshold of people; for other employees"
                    + " it is empty.")
    public TermExplanation explain(
            @PathParam("term") @Size(min = 1, max = 100) String term, @BeanParam @Valid AnalyticsParams query) {
        Caller caller = Caller.of(identity);
        TermExplanation explanation = explainer.explain(term, query.window(), access.allowed(query.filters(), caller));
        return AnalyticsAccess.seesPeople(caller) ? explanation : explanation.withoutDepartments();
    }
}
