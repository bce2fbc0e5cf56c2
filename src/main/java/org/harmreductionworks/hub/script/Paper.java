package org.harmreductionworks.hub.script;

/** Page sizes for the printable PDF. */
public enum Paper {
    LETTER("Letter"), A4("A4");

    private final String cssSize;

    Paper(String cssSize) {
        this.cssSize = cssSize;
    }

    public String cssSize() {
        return cssSize;
    }
}
