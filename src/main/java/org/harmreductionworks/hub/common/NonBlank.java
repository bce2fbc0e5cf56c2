package org.harmreductionworks.hub.common;

/** Texts made of the parts a group chose to share, where any part may be missing. */
public final class NonBlank {

    private NonBlank() {
    }

    /** The parts that are neither null nor blank, in order, with {@code separator} between them. */
    public static String joined(String separator, String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : separator).append(part);
            }
        }
        return text.toString();
    }
}
