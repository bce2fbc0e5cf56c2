package org.harmreductionworks.hub.common.web;

import java.util.ArrayList;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Marks every operation that declares no security requirement as public ({@code security: []}), so the published
 * document says explicitly which calls need no token rather than leaving it to be guessed.
 */
public class PublicOperationsFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>());
        }
        return operation;
    }
}
