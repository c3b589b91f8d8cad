package io.groundswell.trend;

import io.groundswell.identity.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation's own stop list: words never shown as trends (admins edit it). */
@Path("/api/admin/stop-words")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class StopListResource {

    public record Words(@NotNull @Size(max = 5000) List<String> words) {}

    private final StopList stopList;
    private final SecurityIdentity identity;

    StopListResource(StopList stopList, SecurityIdentity identity) {
        this.stopList = stopList;
        this.identity = identity;
    }

    @GET
    public Words list() {
        return new Words(stopList.list());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the organisation's stop list; takes effect on the next trend computation")
    public Words replace(@Valid @NotNull Words words) {
        return new Words(stopList.replace(words.words(), identity.getPrincipal().getName()));
    }
}
