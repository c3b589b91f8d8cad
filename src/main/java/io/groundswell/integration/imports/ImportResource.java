package io.groundswell.integration.imports;

import io.groundswell.identity.Caller;
import io.groundswell.identity.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Asynchronous imports: submit a file, then follow the job until it is done. */
@Path("/api/imports")
@RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "imports")
public class ImportResource {

    /** The answer to a submission. */
    public record Accepted(long id) {}

    private final ImportService imports;
    private final SecurityIdentity identity;

    ImportResource(ImportService imports, SecurityIdentity identity) {
        this.imports = imports;
        this.identity = identity;
    }

    @POST
    @Consumes({"application/x-ndjson", "application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Start an import job",
            description = "format=ndjson: one post per line, as for /api/posts/bulk. format=stackexchange: a zip of a"
                    + " Stack Exchange dump's Posts.xml, Users.xml and Votes.xml; source (default stackexchange)"
                    + " and siteUrl (for post links) apply. The body is application/x-ndjson or application/zip"
                    + " (application/octet-stream for either); other types get 415."
                    + " 202 with the job's id; follow it at /api/imports/{id}."
                    + " Admins, or API keys with the ingest scope (and rate for Stack Exchange).")
    public Response submit(
            @QueryParam("format")
                    @NotNull
                    @Pattern(regexp = "ndjson|stackexchange", message = "use ndjson or stackexchange")
                    String format,
            @QueryParam("source")
                    @Size(max = 64)
                    @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "use lower-case letters, digits and . _ -")
                    String source,
            @QueryParam("siteUrl")
                    @Size(max = 200)
                    @Pattern(
                            regexp = "https?://[^\\s?#]+[^/\\s?#]",
                            message = "must be an http(s) URL without a trailing slash")
                    String siteUrl,
            InputStream body) {
        long id = imports.submit(new ImportRequest(format, source, siteUrl), body, Caller.of(identity));
        return Response.accepted(new Accepted(id))
                .location(URI.create("/api/imports/" + id))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An import job: status (running, done, failed), done and total, and the first errors")
    public ImportJobView get(@PathParam("id") long id) {
        return imports.view(id, Caller.of(identity));
    }
}
