package org.nkgraph.reference;

import org.nkgraph.text.EntityClass;

/**
 * A reference entity under one of its names.
 *
 * @param entity      the entity's IRI
 * @param entityClass its kind
 * @param label       its preferred label
 * @param name        the name (label or variant) this entry stands for
 */
public record GazetteerEntry(String entity, EntityClass entityClass, String label, String name) {}
