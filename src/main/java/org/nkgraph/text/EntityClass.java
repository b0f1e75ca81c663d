package org.nkgraph.text;

import java.util.Locale;

/** The kinds of named thing a mention can name; CQ11 reports them by {@link #label()}. */
public enum EntityClass {
    PERSON,
    ORGANIZATION,
    PLACE,
    FACILITY,
    POLICY,
    MEETING;

    /** The lower-case name used in query results ("person", "place", ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
