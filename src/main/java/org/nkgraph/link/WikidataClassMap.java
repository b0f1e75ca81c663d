package org.nkgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.nkgraph.reference.ClassHierarchy;
import org.nkgraph.sys.NkGraphException;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.WD;

/**
 * The Wikidata class items ({@code wdt:P31}) known for nkgraph classes, read from
 * {@code org/nkgraph/link/wikidata-classes.tsv}: only classes a research source pairs with an item are listed, so an
 * entity of another class gets no class item rather than a guessed one.
 *
 * <pre>
 * Optional&lt;String&gt; item = WikidataClassMap.bundled().itemFor(NKG.Province.getURI(), classes); // Q15620174
 * </pre>
 */
public final class WikidataClassMap {
    static final String RESOURCE = "wikidata-classes.tsv";

    private final Map<String, String> itemByClass;

    private WikidataClassMap(Map<String, String> itemByClass) {
        this.itemByClass = itemByClass;
    }

    /** The bundled table. */
    public static WikidataClassMap bundled() {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = WikidataClassMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new NkGraphException("org/nkgraph/link/" + RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < 4 || WD.itemId(WD.NS + cells[1].strip()) == null) {
                    throw new NkGraphException(RESOURCE + ":" + lineNo
                            + ": expected class, Wikidata item (Q...), label and source separated by tabs");
                }
                map.put(NKG.NS + cells[0].strip(), cells[1].strip());
            }
        } catch (IOException e) {
            throw new NkGraphException(RESOURCE + ": " + e.getMessage(), e);
        }
        return new WikidataClassMap(Map.copyOf(map));
    }

    /** The class item for an entity of class {@code classIri} (or of a subclass of a listed class), if known. */
    public Optional<String> itemFor(String classIri, ClassHierarchy classes) {
        for (String superClass : classes.superClassesOf(classIri)) {
            String item = itemByClass.get(superClass);
            if (item != null) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** Every nkgraph class IRI the table lists, with its item id. */
    public Map<String, String> entries() {
        return itemByClass;
    }
}
