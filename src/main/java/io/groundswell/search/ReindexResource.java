package io.groundswell.search;

import io.groundswell.audit.AuditKind;
import io.groundswell.audit.AuditLog;
import io.groundswell.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rebuilding the search index from the database on an administrator's request. */
@Path("/api/admin/reindex")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class ReindexResource {

    /** Progress of the index: state, and posts (or queued changes) indexed of total. */
    public record Progress(String state, long indexed, long total) {}

    private final Indexer indexer;
    private final AuditLog audit;

    ReindexResource(Indexer indexer, AuditLog audit) {
        this.indexer = indexer;
        this.audit = audit;
    }

    @POST
    @Operation(summary = "Rebuild the search index from the database in the background; searches go on meanwhile")
    public Response rebuild() {
        indexer.requestRebuild();
        audit.record(AuditKind.REINDEX, null, null);
        return Response.accepted(Map.of("status", "rebuilding")).build();
    }

    @GET
    @Operation(summary = "Progress of the search index")
    public Progress progress() {
        IndexStatus status = indexer.status();
        return new Progress(status.state().wireName(), status.indexed(), status.total());
    }
}
