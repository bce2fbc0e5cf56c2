package org.harmreductionworks.hub.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.Provider;

import org.harmreductionworks.hub.common.error.Problem;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Holds every JSON response of every API test to the published OpenAPI document: a property the document calls
 * {@code required} must be there, and only a property whose schema admits null may be null. OpenApiDocumentFilter
 * marks every response property required unless its record component is marked nullable; this is what notices a
 * component that can be null and is not marked, before a generated client that trusted the document does. A response
 * that breaks the document is turned into a 500 naming the property, so the test that caused it fails.
 */
@Provider
public class ResponseSchemaConformance implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(ResponseSchemaConformance.class);
    /** Where the build stores the document it serves (quarkus.smallrye-openapi.store-schema-directory). */
    private static final Path DOCUMENT = Path.of("target/openapi/openapi.json");
    /** Every violation of the run, one a line, to read after a run of many tests. */
    private static final Path VIOLATIONS = Path.of("target/response-schema-violations.txt");
    private static final String SCHEMAS = "#/components/schemas/";
    /** Tells a test that its response was checked (and how it came out), so a check that never runs is noticed. */
    static final String CHECKED = "X-Test-Response-Schema";

    private static volatile Document document;

    @Inject
    ObjectMapper mapper;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null || entity instanceof String || entity instanceof byte[] || entity instanceof InputStream
                || entity instanceof StreamingOutput) {
            return;
        }
        // No media type set yet means the API's own: JSON, or problem+json for an error.
        MediaType type = response.getMediaType() != null ? response.getMediaType()
                : entity instanceof Problem ? MediaType.valueOf(Problem.MEDIA_TYPE) : MediaType.APPLICATION_JSON_TYPE;
        if (!type.getSubtype().endsWith("json")) {
            return;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        JsonNode schema = document().responseSchema(request.getMethod(), path, response.getStatus(), type);
        if (schema == null) {
            return;
        }
        List<String> violations = new ArrayList<>();
        check(mapper.valueToTree(entity), schema, "$", violations);
        response.getHeaders().putSingle(CHECKED, violations.isEmpty() ? "conforms" : "violates");
        if (!violations.isEmpty()) {
            String message = request.getMethod() + " " + path + " " + response.getStatus()
                    + " does not match the OpenAPI document: " + String.join("; ", violations);
            LOG.error(message);
            try {
                Files.writeString(VIOLATIONS, message + System.lineSeparator(), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                LOG.warn("Could not note the violation in " + VIOLATIONS, e);
            }
            response.setStatus(500);
            response.setEntity(message, null, MediaType.TEXT_PLAIN_TYPE);
        }
    }

    static void check(JsonNode value, JsonNode declared, String at, List<String> violations) {
        JsonNode schema = document().resolve(declared);
        if (value.isNull()) {
            if (!admitsNull(declared) && !admitsNull(schema)) {
                violations.add(at + " is null, and its schema does not admit null");
            }
            return;
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (schema.has(combinator)) {
                List<String> best = null;
                for (JsonNode choice : schema.get(combinator)) {
                    List<String> found = new ArrayList<>();
                    check(value, choice, at, found);
                    if (best == null || found.size() < best.size()) {
                        best = found;
                    }
                }
                if (best != null) {
                    violations.addAll(best);
                }
            }
        }
        if (schema.has("allOf")) {
            schema.get("allOf").forEach(part -> check(value, part, at, violations));
        }
        if (value.isObject()) {
            schema.path("required").forEach(name -> {
                if (!value.has(name.asText())) {
                    violations.add(at + "." + name.asText() + " is required and was left out");
                }
            });
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode propertySchema = schema.path("properties").get(field.getKey());
                if (propertySchema == null && schema.path("additionalProperties").isObject()) {
                    propertySchema = schema.get("additionalProperties");
                }
                if (propertySchema != null) {
                    check(field.getValue(), propertySchema, at + "." + field.getKey(), violations);
                }
            }
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), at + "[" + i + "]", violations);
            }
        }
    }

    private static boolean admitsNull(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.asText().equals("null")) {
            return true;
        }
        if (type != null && type.isArray()) {
            for (JsonNode one : type) {
                if (one.asText().equals("null")) {
                    return true;
                }
            }
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            for (JsonNode choice : schema.path(combinator)) {
                if (admitsNull(document().resolve(choice))) {
                    return true;
                }
            }
        }
        // A schema that says nothing about type (an unconstrained value) admits null too.
        return type == null && !schema.has("$ref") && !schema.has("properties") && !schema.has("items")
                && !schema.has("enum") && !schema.has("anyOf") && !schema.has("oneOf") && !schema.has("allOf");
    }

    private static Document document() {
        Document loaded = document;
        if (loaded == null) {
            try {
                loaded = new Document(new ObjectMapper().readTree(Files.readAllBytes(DOCUMENT)));
            } catch (IOException e) {
                throw new UncheckedIOException("The build stores the document in " + DOCUMENT, e);
            }
            document = loaded;
        }
        return loaded;
    }

    private record Document(JsonNode root, List<Map.Entry<Pattern, JsonNode>> paths) {

        Document(JsonNode root) {
            this(root, paths(root));
        }

        private static List<Map.Entry<Pattern, JsonNode>> paths(JsonNode root) {
            List<Map.Entry<Pattern, JsonNode>> paths = new ArrayList<>();
            root.path("paths").fields().forEachRemaining(path -> paths.add(Map.entry(
                    Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+") + "/?"), path.getValue())));
            // A path with fewer parameters is the more specific one: /groups/join before /groups/{slug}.
            paths.sort(Comparator.comparingLong(entry -> entry.getKey().pattern().chars().filter(c -> c == '+').count()));
            return paths;
        }

        JsonNode responseSchema(String method, String path, int status, MediaType type) {
            for (Map.Entry<Pattern, JsonNode> entry : paths) {
                if (entry.getKey().matcher(path).matches()) {
                    JsonNode responses = entry.getValue().path(method.toLowerCase()).path("responses");
                    JsonNode response = responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status))
                            : responses.get("default");
                    if (response == null) {
                        return null;
                    }
                    JsonNode media = response.path("content").get(type.getType() + "/" + type.getSubtype());
                    return media == null ? null : media.get("schema");
                }
            }
            return null;
        }

        JsonNode resolve(JsonNode schema) {
            while (schema.has("$ref") && schema.get("$ref").asText().startsWith(SCHEMAS)) {
                JsonNode target = root.path("components").path("schemas")
                        .get(schema.get("$ref").asText().substring(SCHEMAS.length()));
                if (target == null) {
                    return schema;
                }
                schema = target;
            }
            return schema;
        }
    }
}
