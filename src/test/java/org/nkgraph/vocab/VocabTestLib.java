package org.nkgraph.vocab;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Resource;

/** Reflection over vocabulary constant classes, shared by the vocabulary tests. */
final class VocabTestLib {

    private VocabTestLib() {}

    /** Every public static final Resource (or Property) field of {@code vocabulary}, by field name. */
    static Map<String, Resource> constants(Class<?> vocabulary) {
        Map<String, Resource> terms = new LinkedHashMap<>();
        for (Field field : vocabulary.getDeclaredFields()) {
            int mod = field.getModifiers();
            boolean constant = Modifier.isPublic(mod) && Modifier.isStatic(mod) && Modifier.isFinal(mod);
            if (constant && Resource.class.isAssignableFrom(field.getType())) {
                try {
                    terms.put(field.getName(), (Resource) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return terms;
    }

    /** The local name of {@code iri} after {@code namespace}, or null if it is not in that namespace. */
    static String localName(String iri, String namespace) {
        return iri.startsWith(namespace) ? iri.substring(namespace.length()) : null;
    }
}
