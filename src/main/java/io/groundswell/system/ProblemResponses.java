package io.groundswell.system;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json answers in the OpenAPI document: every operation gets the errors that
 * any operation of its shape can give, and every 4xx or 5xx response a resource declares (409,
 * 503) gets the {@link Problem} body, so resources only name the errors particular to them.
 */
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";

    /** For resources whose answers come from the search index, which is closed while it opens. */
    public static final String INDEX_OPENING = "The search index is still opening; try again in a moment";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            for (Operation operation : path.getValue().getOperations().values()) {
                document(path.getKey(), path.getValue(), operation);
            }
        }
    }

    private static void document(String path, PathItem item, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean parameters = notEmpty(operation.getParameters()) || notEmpty(item.getParameters());
        if (parameters || operation.getRequestBody() != null) {
            addIfAbsent(responses, "400", "A parameter or the body is malformed or out of range");
        }
        if (path.startsWith("/api/")) {
            // Every API path needs an identity: a password, an API key, or a webhook's signature.
            addIfAbsent(responses, "401", "No credentials, or wrong ones");
            addIfAbsent(responses, "403", "The caller's role or key does not allow this");
        }
        if (path.contains("{")) {
            addIfAbsent(responses, "404", "Nothing with this id, or nothing the caller may see");
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "413", "The body is over the size limit");
        }
        for (Map.Entry<String, APIResponse> response :
                responses.getAPIResponses().entrySet()) {
            if (isError(response.getKey()) && response.getValue().getRef() == null) {
                response.getValue().setContent(problemContent());
            }
        }
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static boolean notEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(SCHEMA)));
    }

    /** The shape of {@link Problem}; ProblemResponsesTest holds it to the record's components. */
    private static Schema problemSchema() {
        Schema fieldError = object().addProperty("field", string("The parameter or body field, e.g. q or author.id"))
                .addProperty("message", string("What is wrong with it"));
        return object().description("An RFC 9457 problem detail, the body of every 4xx and 5xx answer")
                .addProperty("type", string("A relative URI naming the kind of problem, e.g. /problems/invalid"))
                .addProperty("title", string("A short summary of the kind of problem"))
                .addProperty(
                        "status",
                        OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string("What went wrong with this request"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(SchemaType.ARRAY)
                                .description("The offending fields of a validation problem")
                                .items(fieldError));
    }

    private static Schema object() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
