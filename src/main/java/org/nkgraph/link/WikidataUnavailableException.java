package org.nkgraph.link;

import org.nkgraph.sys.NkGraphException;

/** The Wikidata endpoint cannot be reached, timed out, or kept failing after the retries; linking stops politely. */
public class WikidataUnavailableException extends NkGraphException {
    private static final long serialVersionUID = 1L;

    public WikidataUnavailableException(String message) {
        super(message);
    }

    public WikidataUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
