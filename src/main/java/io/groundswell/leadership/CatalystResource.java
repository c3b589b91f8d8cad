package io.groundswell.leadership;

import io.groundswell.identity.Roles;
import io.groundswell.system.ProblemResponses;
import io.groundswell.trend.AnalyticsParams;
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

/** Catalysts: the people colleagues from many other departments rate highly. */
@APIResponse(responseCode = "200")
@APIResponse(responseCode = "503", description = ProblemResponses.INDEX_OPENING)
@Path("/api/catalysts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LEADER)
@Tag(name = "leadership")
public class CatalystResource {

    private final CatalystService catalysts;

    CatalystResource(CatalystService catalysts) {
        this.catalysts = catalysts;
    }

    @GET
    @Operation(
            summary = "People whose posts raters from many other departments rate highly",
            description = "Only departments with at least the privacy threshold of people count, and a figure"
                    + " per department is shown only when that many raters stand behind it. The department"
                    + " filter is not supported here: catalysts are about crossing departments.")
    public Catalysts catalysts(@BeanParam @Valid AnalyticsParams query) {
        return catalysts.catalysts(query.window(), query.filters(), query.limit(20, 100));
    }
}
