package org.nkgraph.text;

/**
 * An agent's part in an event.
 *
 * @param entity   the IRI of the person or organization
 * @param capacity how the text describes their part ("leader", "also present", "accompanying", "speaker")
 */
public record Participation(String entity, String capacity) {}
