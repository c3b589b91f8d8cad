package io.groundswell.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    private final PasswordService passwords;
    private final AccountService accounts;
    private final SecurityIdentity identity;

    AdminResource(
            IdentityAdminService service,
            PasswordService passwords,
            AccountService accounts,
            SecurityIdentity identity) {
        this.service = service;
        this.passwords = passwords;
        this.accounts = accounts;
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

    @PATCH
    @Path("/users/{username}")
    @Operation(
            summary = "Change a user's display name, department, roles or whether they may sign in (enabled);"
                    + " absent fields stay as they are, an empty department removes it")
    @APIResponse(responseCode = "200", description = "The user as changed; a disabled user is refused from now on")
    @APIResponse(responseCode = "404", description = "No user of that name")
    @APIResponse(responseCode = "409", description = "You tried to disable yourself or change your own roles")
    public UserView updateUser(@PathParam("username") String username, @Valid @NotNull AccountUpdate request) {
        return accounts.update(username, request, Caller.of(identity));
    }

    @DELETE
    @Path("/users/{username}")
    @Operation(
            summary = "Delete a user: the account goes, their posts stay by a \"Former member\", their ratings stay"
                    + " unnamed")
    @APIResponse(responseCode = "204", description = "Deleted; the credentials are refused from now on")
    @APIResponse(responseCode = "404", description = "No user of that name")
    @APIResponse(responseCode = "409", description = "You tried to delete yourself")
    public Response deleteUser(@PathParam("username") String username) {
        accounts.delete(username, Caller.of(identity));
        return Response.noContent().build();
    }

    @PUT
    @Path("/users/{username}/password")
    @Operation(summary = "Set a user's password, for one who forgot theirs; also lifts a sign-in lock")
    @APIResponse(responseCode = "204", description = "Set; the old password is refused from now on")
    @APIResponse(responseCode = "400", description = "newPassword breaks the password policy")
    @APIResponse(responseCode = "404", description = "No user of that name")
    public Response resetPassword(@PathParam("username") String username, @Valid @NotNull NewPassword request) {
        passwords.reset(username, request);
        return Response.noContent().build();
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
