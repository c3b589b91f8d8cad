package io.groundswell.trend;

import io.groundswell.identity.Roles;
import io.groundswell.trend.TrendReport.Filters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** Trending terms and phrases, and why each one trends. */
@Path("/api/trends")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LEADER)
@Tag(name = "trends")
public class TrendResource {

    private final TrendService trends;
    private final TrendExplainer explainer;

    TrendResource(TrendService trends, TrendExplainer explainer) {
        this.trends = trends;
        this.explainer = explainer;
    }

    /** The window and filters of trends, which may also narrow to one author's posts. */
    public static class Slice extends WindowParams {
        @RestQuery
        @Size(max = 128)
        public String author;

        @Override
        public Filters filters() {
            Filters common = super.filters();
            return new Filters(common.department(), common.source(), common.tag(), blankToNull(author));
        }
    }

    @GET
    @Operation(summary = "Trending terms and phrases of a window, with the filters of search")
    public TrendReport trends(
            @jakarta.ws.rs.BeanParam @jakarta.validation.Valid Slice slice,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return trends.trends(slice.window(), slice.filters(), limit);
    }

    @GET
    @Path("/{term}")
    @Operation(summary = "Why a term trends: driving posts, daily counts, departments")
    public TermExplanation explain(
            @PathParam("term") @Size(min = 1, max = 100) String term,
            @jakarta.ws.rs.BeanParam @jakarta.validation.Valid Slice slice) {
        return explainer.explain(term, slice.window(), slice.filters());
    }
}
