package io.groundswell.leadership;

import io.groundswell.identity.Caller;
import io.groundswell.identity.Roles;
import io.groundswell.system.ProblemResponses;
import io.groundswell.system.QueryValues;
import io.groundswell.trend.AnalyticsParams;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's standing: for leaders and for the person themself, never for other employees. */
@APIResponse(responseCode = "200")
@APIResponse(responseCode = "503", description = ProblemResponses.INDEX_OPENING)
@Path("/api/people/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
@Tag(name = "leadership")
public class PersonResource {

    private final PersonTopicService topics;
    private final OwnDataService own;
    private final SecurityIdentity identity;

    PersonResource(PersonTopicService topics, OwnDataService own, SecurityIdentity identity) {
        this.topics = topics;
        this.own = own;
        this.identity = identity;
    }

    @GET
    @Path("/topics")
    @Operation(summary = "The topics a person's peers recognise them for (leaders, or the person themself)")
    public PersonTopics topics(@PathParam("id") @Size(max = 128) String id, @BeanParam @Valid AnalyticsParams query) {
        return topics.topicsOf(id, query.window(), Caller.of(identity));
    }

    @GET
    @Path("/ratings")
    @Operation(summary = "The ratings a person gave: only ever shown to that person (404 for anyone else)")
    public OwnRatings ratings(
            @PathParam("id") @Size(max = 128) String id,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        return own.ratingsOf(
                id,
                Caller.of(identity),
                QueryValues.integer("limit", limit, 100, 1, 1000),
                QueryValues.integer("offset", offset, 0, 0, Integer.MAX_VALUE));
    }
}
