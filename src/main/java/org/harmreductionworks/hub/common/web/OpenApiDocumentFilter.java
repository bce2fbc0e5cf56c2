package org.harmreductionworks.hub.common.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Touches up the published OpenAPI document for the people and generators that read it.
 *
 * <ul>
 * <li>Every operation that declares no security requirement is marked public ({@code security: []}), so the
 * document says which calls need no token rather than leaving it to be guessed.</li>
 * <li>Pages of results are named after what they hold ({@code GroupSummaryPage}). Left to itself the scanner names
 * them after the item's Java class, and three classes called Summary became PageSummary, PageSummary1 and
 * PageSummary2, which is what a generated client would call them.</li>
 * <li>In a schema the API only ever sends, every property is {@code required} unless it admits null: a record
 * component that may be null, or left out ({@code @JsonInclude(NON_NULL)}), says so with
 * {@code @Schema(nullable = true)}, and everything else is always sent. Generated clients then get non-optional
 * fields for what is always there. Left to itself the scanner marks nothing required in a response, and listing the
 * required ones by hand would go stale the first time someone adds a field; this way a new field is required until
 * marked otherwise, and ResponseSchemaConformance (a filter in the tests) fails any test whose response leaves out or
 * nulls a property the document calls required. Schemas that requests use keep what Bean Validation says
 * ({@code @NotNull}, {@code @NotBlank}): there, required means the server refuses a body without it.</li>
 * </ul>
 *
 * <p>It runs when the app is built, on the document the build keeps, so a start only reads the finished document.
 * Run at start-up it was part of the 0.7 s the OpenAPI step took on this two-core machine.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiDocumentFilter implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>());
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        renamePages(openAPI);
        requireWhatIsAlwaysSent(openAPI);
    }

    private static void requireWhatIsAlwaysSent(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> sent = new HashSet<>();
        Set<String> received = new HashSet<>();
        eachOperation(openAPI, operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values()
                        .forEach(response -> reachable(response.getContent(), schemas, sent));
            }
            if (operation.getRequestBody() != null) {
                reachable(operation.getRequestBody().getContent(), schemas, received);
            }
            if (operation.getParameters() != null) {
                for (Parameter parameter : operation.getParameters()) {
                    reachable(parameter.getSchema(), schemas, received);
                }
            }
        });
        sent.removeAll(received);
        sent.forEach(name -> {
            Schema schema = schemas.get(name);
            if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
                return;
            }
            List<String> required = new ArrayList<>();
            schema.getProperties().forEach((property, propertySchema) -> {
                if (!admitsNull(propertySchema)) {
                    required.add(property);
                }
            });
            schema.setRequired(required.isEmpty() ? null : required);
        });
    }

    private static boolean admitsNull(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)) {
            return true;
        }
        for (List<Schema> choices : Arrays.asList(schema.getAnyOf(), schema.getOneOf())) {
            if (choices != null && choices.stream().anyMatch(OpenApiDocumentFilter::admitsNull)) {
                return true;
            }
        }
        return false;
    }

    private static void reachable(Content content, Map<String, Schema> schemas, Set<String> found) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> reachable(media.getSchema(), schemas, found));
        }
    }

    private static void reachable(Schema schema, Map<String, Schema> schemas, Set<String> found) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            String name = schema.getRef().substring(SCHEMAS.length());
            if (found.add(name) && schemas.containsKey(name)) {
                reachable(schemas.get(name), schemas, found);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> reachable(property, schemas, found));
        }
        reachable(schema.getItems(), schemas, found);
        reachable(schema.getAdditionalPropertiesSchema(), schemas, found);
        for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (parts != null) {
                parts.forEach(part -> reachable(part, schemas, found));
            }
        }
    }

    private static void eachOperation(OpenAPI openAPI, Consumer<Operation> action) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(action));
        }
    }

    private static void renamePages(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Map<String, String> renamed = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> {
            Schema items = schema.getProperties() == null ? null : schema.getProperties().get("items");
            String itemRef = items == null || items.getItems() == null ? null : items.getItems().getRef();
            if (name.startsWith("Page") && itemRef != null && itemRef.startsWith(SCHEMAS)) {
                String pageName = itemRef.substring(SCHEMAS.length()) + "Page";
                if (!schemas.containsKey(pageName)) {
                    renamed.put(name, pageName);
                }
            }
        });
        if (renamed.isEmpty()) {
            return;
        }
        Map<String, Schema> kept = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> kept.put(renamed.getOrDefault(name, name), schema));
        openAPI.getComponents().setSchemas(kept);
        eachOperation(openAPI, operation -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().values().forEach(response -> {
                if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                    response.getContent().getMediaTypes().values().forEach(media -> rename(media.getSchema(), renamed));
                }
            });
        });
    }

    private static void rename(Schema schema, Map<String, String> renamed) {
        if (schema == null || schema.getRef() == null || !schema.getRef().startsWith(SCHEMAS)) {
            return;
        }
        String target = renamed.get(schema.getRef().substring(SCHEMAS.length()));
        if (target != null) {
            schema.setRef(SCHEMAS + target);
        }
    }
}
