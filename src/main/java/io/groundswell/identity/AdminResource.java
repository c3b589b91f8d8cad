package io.groundswell.identity;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administration of user accounts and API keys. */
@Path("/api/admin")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminResource {

    private final IdentityAdminService service;
    private final SecurityIdentity identity;

    AdminResource(IdentityAdminService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Path("/users")
    @APIResponse(responseCode = "201")
    @APIResponse(responseCode = "409", description = "A user of that name exists already")
    public Response createUser(@Valid @NotNull NewUser request) {
        UserView user = service.createUser(request);
        return Response.created(URI.create("/api/admin/users/" + user.id()))
                .entity(user)
                .build();
    }

    @GET
    @Path("/users")
    public List<UserView> listUsers() {
        return service.listUsers();
    }

    @POST
    @Path("/api-keys")
    public Response createApiKey(@Valid @NotNull NewApiKey request) {
        ApiKeyCreated key =
                service.createApiKey(request, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/admin/api-keys/" + key.id()))
                .entity(key)
                .build();
    }

    @GET
    @Path("/api-keys")
    public List<ApiKeyView> listApiKeys() {
        return service.listApiKeys();
    }

    @DELETE
    @Path("/api-keys/{id}")
    public Response revokeApiKey(@PathParam("id") String id) {
        service.revokeApiKey(id);
        return Response.noContent().build();
    }
}
