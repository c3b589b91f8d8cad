package io.groundswell.audit;

import io.groundswell.audit.AuditLog.AuditPage;
import io.groundswell.system.ProblemException;
import io.groundswell.system.QueryValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, for administrators. */
@Path("/api/admin/audit")
// identity.Roles.ADMIN: this package sits below identity and names the role itself.
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AuditResource {

    private final AuditLog log;

    AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "Security and administration events, newest first; kind filters by one kind")
    public AuditPage events(
            @QueryParam("kind") String kind, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        String named = QueryValues.text("kind", kind);
        AuditKind parsed = named == null || named.isBlank()
                ? null
                : AuditKind.parse(named)
                        .orElseThrow(() -> ProblemException.invalid("kind", "not a kind of audit event"));
        return log.page(
                parsed,
                QueryValues.integer("offset", offset, 0, 0, Integer.MAX_VALUE),
                QueryValues.integer("limit", limit, 50, 1, 500));
    }
}
