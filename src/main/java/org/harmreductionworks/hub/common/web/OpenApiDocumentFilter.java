package org.harmreductionworks.hub.common.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Touches up the published OpenAPI document for the people and generators that read it.
 *
 * <ul>
 * <li>Every operation that declares no security requirement is marked public ({@code security: []}), so the
 * document says which calls need no token rather than leaving it to be guessed.</li>
 * <li>Pages of results are named after what they hold ({@code GroupSummaryPage}). Left to itself the scanner names
 * them after the item's Java class, and three classes called Summary became PageSummary, PageSummary1 and
 * PageSummary2, which is what a generated client would call them.</li>
 * </ul>
 */
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
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().values().forEach(response -> {
                if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                    response.getContent().getMediaTypes().values().forEach(media -> rename(media.getSchema(), renamed));
                }
            });
        }));
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
