package io.groundswell.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.groundswell.identity.Caller;
import io.groundswell.identity.Roles;
import io.groundswell.system.BulkArrays;
import io.groundswell.system.GroundswellConfig;
import io.groundswell.system.QueryValues;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Posts: upsert one or many, read one, delete one. */
@Path("/api/posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "posts")
public class PostResource {

    public static final String NDJSON = BulkArrays.NDJSON;

    private final PostService posts;
    private final BulkIngest bulk;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;
    private final int maxBatchItems;

    PostResource(
            PostService posts,
            BulkIngest bulk,
            SecurityIdentity identity,
            ObjectMapper mapper,
            GroundswellConfig config) {
        this.posts = posts;
        this.bulk = bulk;
        this.identity = identity;
        this.mapper = mapper;
        this.maxBatchItems = config.limits().maxBatchItems();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EMPLOYEE, Roles.INTEGRATION})
    @Operation(summary = "Create or update a post, keyed by (source, externalId)")
    public Response upsert(@Valid @NotNull PostRequest request) {
        BulkItemResult result = posts.upsert(request, Caller.of(identity));
        PostView view = posts.get(result.id());
        return BulkItemResult.CREATED.equals(result.status())
                ? Response.created(URI.create("/api/posts/" + view.id()))
                        .entity(view)
                        .build()
                : Response.ok(view).build();
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EMPLOYEE, Roles.INTEGRATION})
    @Operation(summary = "Create or update many posts; one result per item, in order")
    public List<BulkItemResult> bulk(@NotNull JsonNode items) {
        BulkArrays.require(items, maxBatchItems, "posts", "Split it, or use /api/imports.");
        return bulk.ingestArray(items, Caller.of(identity));
    }

    @POST
    @Path("/bulk")
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @RolesAllowed({Roles.EMPLOYEE, Roles.INTEGRATION})
    @Operation(summary = "Create or update posts streamed as NDJSON; results stream back as NDJSON, one line per item")
    public StreamingOutput bulkNdjson(InputStream body) {
        Caller caller = Caller.of(identity);
        return out -> bulk.ingestNdjson(body, caller, result -> writeLine(out, result));
    }

    @GET
    @Authenticated
    @Operation(
            summary =
                    "Posts of a source, newest first; with externalId, the one post an integration knows by its own id")
    public List<PostView> list(
            @QueryParam("source") @NotBlank @Size(max = 64) String source,
            @QueryParam("externalId") @Size(max = 256) String externalId,
            @QueryParam("limit") String limit) {
        return posts.list(source, externalId, QueryValues.integer("limit", limit, 20, 1, 100));
    }

    @GET
    @Path("/{id}")
    @Authenticated
    public PostView get(@PathParam("id") long id) {
        return posts.get(id);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    public Response delete(@PathParam("id") long id) {
        posts.delete(id, Caller.of(identity));
        return Response.noContent().build();
    }

    private void writeLine(OutputStream out, BulkItemResult result) {
        try {
            out.write(mapper.writeValueAsBytes(result));
            out.write('\n');
            out.flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
