package io.groundswell.identity;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who am I: lets the dashboard show what the signed-in person may do. */
@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "identity")
public class MeResource {

    public record Me(String name, String personId, List<String> roles) {}

    private final SecurityIdentity identity;

    MeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    public Me me() {
        Caller caller = Caller.of(identity);
        return new Me(
                caller.name(),
                caller.personKey(),
                caller.roles().stream().sorted().toList());
    }
}
