package io.groundswell.integration.discourse;

import io.groundswell.identity.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins register further Discourse instances, each with its own webhook secret. */
@Path("/api/admin/integrations/discourse")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class DiscourseInstanceResource {

    private final DiscourseInstances instances;
    private final SecurityIdentity identity;

    DiscourseInstanceResource(DiscourseInstances instances, SecurityIdentity identity) {
        this.instances = instances;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register a Discourse instance, or replace its secret",
            description = "201 when registered, 200 when the secret of a registered instance was replaced. The"
                    + " secret is never returned.")
    public Response register(@Valid @NotNull DiscourseInstanceRequest request) {
        boolean created = instances.register(request, identity.getPrincipal().getName());
        DiscourseInstanceView view = instances.get(request.instance());
        return created
                ? Response.created(URI.create("/api/admin/integrations/discourse/" + view.id()))
                        .entity(view)
                        .build()
                : Response.ok(view).build();
    }

    @GET
    @Operation(summary = "The registered Discourse instances, without their secrets")
    public List<DiscourseInstanceView> list() {
        return instances.list();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unregister a Discourse instance: its deliveries are refused from now on")
    public Response delete(@PathParam("id") long id) {
        instances.delete(id);
        return Response.noContent().build();
    }
}
