package io.groundswell.leadership;

import io.groundswell.identity.Roles;
import io.groundswell.system.ProblemResponses;
import io.groundswell.trend.AnalyticsParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who leads what: the people whose posts on a topic their peers rate highest. */
@APIResponse(responseCode = "200")
@APIResponse(responseCode = "503", description = ProblemResponses.INDEX_OPENING)
@Path("/api/leaders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LEADER)
@Tag(name = "leadership")
public class LeaderResource {

    private final LeaderService leaders;

    LeaderResource(LeaderService leaders) {
        this.leaders = leaders;
    }

    @GET
    @Operation(
            summary = "The people peers recognise on a topic",
            description = "Ranked by the stars others gave their posts on the topic in the window: each rater"
                    + " counts once per person, at least 3 distinct raters, self-ratings ignored, questions"
                    + " (kind question) never count. A topic that is a tag means the posts carrying it. People who"
                    + " opted out are not listed; departments smaller than the privacy threshold are not named.")
    public Leaderboard leaders(
            @QueryParam("topic") @NotBlank @Size(max = 100) String topic, @BeanParam @Valid AnalyticsParams query) {
        return leaders.leadersFor(topic, query.window(), query.filters(), query.limit(10, 100));
    }
}
