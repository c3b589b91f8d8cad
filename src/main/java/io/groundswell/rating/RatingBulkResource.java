package io.groundswell.rating;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.groundswell.identity.Caller;
import io.groundswell.identity.Roles;
import io.groundswell.system.BulkArrays;
import io.groundswell.system.GroundswellConfig;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** On-behalf ratings by the thousand, for integrations back-filling a forum's history. */
@Path("/api/ratings/bulk")
@Tag(name = "ratings")
public class RatingBulkResource {

    private final RatingBulk bulk;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;
    private final int maxBatchItems;

    RatingBulkResource(RatingBulk bulk, SecurityIdentity identity, ObjectMapper mapper, GroundswellConfig config) {
        this.bulk = bulk;
        this.identity = identity;
        this.mapper = mapper;
        this.maxBatchItems = config.limits().maxBatchItems();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTEGRATION)
    @Operation(
            summary = "Record many ratings on people's behalf, each with its own date (API key with scope 'rate')",
            description = "A JSON array of {postId, raterId, stars, displayName, department, ratedAt}; one result"
                    + " per item, in order. For one person and post the newest ratedAt wins.")
    @APIResponse(responseCode = "200", description = "One result per item: created, updated, unchanged or rejected")
    @APIResponse(responseCode = "400", description = "The body is not a JSON array")
    @APIResponse(responseCode = "403", description = "The API key lacks the scope 'rate'")
    @APIResponse(responseCode = "413", description = "More items than groundswell.limits.max-batch-items")
    public List<RatingItemResult> rate(@NotNull JsonNode items) {
        BulkArrays.require(items, maxBatchItems, "ratings", "Split it into several.");
        return bulk.rateArray(items, Caller.of(identity));
    }

    @POST
    @Consumes(BulkArrays.NDJSON)
    @Produces(BulkArrays.NDJSON)
    @RolesAllowed(Roles.INTEGRATION)
    @Operation(summary = "Record many ratings sent as NDJSON, one per line; one NDJSON result line per rating")
    @APIResponse(responseCode = "200", description = "One result line per rating, with its line number")
    @APIResponse(responseCode = "403", description = "The API key lacks the scope 'rate'")
    @APIResponse(responseCode = "413", description = "More ratings than groundswell.limits.max-batch-items")
    public StreamingOutput rateNdjson(InputStream body) throws IOException {
        List<RatingItemResult> results = bulk.rateNdjson(body, maxBatchItems, Caller.of(identity));
        return out -> {
            for (RatingItemResult result : results) {
                out.write(mapper.writeValueAsBytes(result));
                out.write('\n');
            }
        };
    }
}
