package org.harmreductionworks.hub.script.render;

import java.time.OffsetDateTime;

/**
 * One rendered representation of the script, computed once and served many times.
 *
 * @param etag strong validator, quoted; null for drafts, which are never cached
 * @param lastModified when the version was published; null for drafts
 */
public record Rendition(byte[] body, String mediaType, String etag, OffsetDateTime lastModified, String fileName) {
}
