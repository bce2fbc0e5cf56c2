package org.harmreductionworks.hub.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every list takes: {@code page} from 0, {@code size} 1-100 (default 20). */
public class PageParams {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /** Far past any real list; it keeps {@link #offset()} well inside an int. */
    public static final int MAX_PAGE = 100_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "Page number, from 0 (at most 100000).")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, 1-100.")
    public int size;

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
