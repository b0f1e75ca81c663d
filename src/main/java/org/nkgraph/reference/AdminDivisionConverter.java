package org.nkgraph.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.nkgraph.doc.InputRejectedException;
import org.nkgraph.sys.NkGraphException;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;
import org.nkgraph.vocab.WD;

/**
 * Converts the administrative-division table ({@code nk-admin-divisions.tsv}) into the place gazetteer
 * {@code ontology/reference/places.ttl}: one typed node per row with its labels, spellings, parent,
 * coordinates and Wikidata link. The output is sorted, so the same table always gives the same bytes.
 *
 * <pre>
 * AdminDivisionConverter.convert(Path.of("../shared/research/nk-admin-divisions.tsv"),
 *         Path.of("ontology/reference/places.ttl"));
 * </pre>
 */
public final class AdminDivisionConverter {
    /** The command that regenerates the committed file, quoted in its header. */
    public static final String REGENERATE_COMMAND = "./nkgraph reference convert"
            + " --tsv ../shared/research/nk-admin-divisions.tsv --out ontology/reference/places.ttl";

    private static final String EN = "en";
    private static final String KO = "ko";
    private static final Map<AdminLevel, Resource> CLASS_OF_LEVEL = classOfLevel();
    /** The unit word McCune-Reischauer names end in: "Chaeryŏng-gun", "Sinp'o-si". */
    private static final Pattern MR_UNIT = Pattern.compile(
            "-(?:gun|kun|si|guyŏk|kuyŏk|gu|ku|jigu|chigu|chikhalsi|t['’]ŭkpyŏlsi|namdo|bukto|do)$");

    private static final List<Property> PREDICATE_ORDER = List.of(SKOS.prefLabel, RDFS.label, SKOS.altLabel,
            NKG.hangul, NKG.mcCuneReischauer, NKG.revisedRomanization,
            NKG.partOf, NKG.latitude, NKG.longitude, DCTerms.identifier,
            SKOS.exactMatch, SKOS.note);

    private AdminDivisionConverter() {}

    /**
     * Reads the table and writes the gazetteer, replacing {@code outTtl}.
     *
     * @throws InputRejectedException if the table cannot be read or a row is wrong
     * @throws NkGraphException       if the output cannot be written
     */
    public static void convert(Path tsv, Path outTtl) {
        String turtle = toTurtle(tsv);
        try {
            Path parent = outTtl.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(outTtl, turtle, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NkGraphException(outTtl + ": cannot be written: " + e.getMessage(), e);
        }
    }

    /** The gazetteer Turtle for the table file, header comment included, exactly as {@link #convert} writes it. */
    public static String toTurtle(Path tsv) {
        String file = String.valueOf(tsv.getFileName());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(tsv);
        } catch (IOException e) {
            throw new InputRejectedException(tsv.toString(), "cannot be read: " + e.getMessage());
        }
        Model model = toModel(new StringReader(decodeUtf8(bytes, file)), file);
        StringWriter out = new StringWriter();
        SortedTurtleWriter.write(model, header(file, sha256(bytes), model), PREDICATE_ORDER, out);
        return out.toString();
    }

    /** The gazetteer for a table; {@code file} names it in error messages. */
    public static Model toModel(Reader tsv, String file) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("nkg", NKG.NS);
        model.setNsPrefix("rdfs", RDFS.getURI());
        model.setNsPrefix("skos", SKOS.getURI());
        model.setNsPrefix("dcterms", DCTerms.getURI());
        model.setNsPrefix("xsd", XSD.getURI());
        model.setNsPrefix("wd", WD.NS);
        for (AdminDivision row : AdminDivisionTable.read(tsv, file)) {
            addPlace(model, row);
        }
        return model;
    }

    /** The gazetteer for a table read from {@code tsv}. */
    public static Model toModel(Reader tsv) {
        return toModel(tsv, "TSV");
    }

    private static void addPlace(Model model, AdminDivision row) {
        Resource place = model.createResource(NKGID.place(row.id()).getURI());
        place.addProperty(RDF.type, CLASS_OF_LEVEL.get(row.level()));
        String prefLabel = preferredLabel(row);
        place.addProperty(SKOS.prefLabel, prefLabel, EN);
        place.addProperty(RDFS.label, prefLabel, EN);
        for (String label : englishAltLabels(row, prefLabel)) {
            place.addProperty(SKOS.altLabel, label, EN);
        }
        for (String hangul : hangulNames(row)) {
            place.addProperty(NKG.hangul, hangul, KO);
            place.addProperty(SKOS.altLabel, hangul, KO);
        }
        addIfPresent(place, NKG.mcCuneReischauer, row.nameMr());
        addIfPresent(place, NKG.revisedRomanization, row.nameRr());
        place.addProperty(NKG.partOf, row.parentId().map(NKGID::place)
                .orElse(NKGID.place("north-korea")));
        row.latitude().ifPresent(lat -> place.addLiteral(NKG.latitude, decimal(model, lat)));
        row.longitude().ifPresent(lon -> place.addLiteral(NKG.longitude, decimal(model, lon)));
        place.addProperty(DCTerms.identifier, row.id());
        row.wikidata().ifPresent(qid -> place.addProperty(SKOS.exactMatch, WD.item(qid)));
        if (!row.source().isEmpty()) {
            place.addProperty(SKOS.note, "Sources: " + row.source(), EN);
        }
    }

    /**
     * The place's name as North Korea's own romanisation writes it ("Jaeryong", "Jangyon", "Chorwon"), which is
     * what news of the North mostly uses, when the table attests that spelling among its variants; otherwise the
     * table's name without its type word ("Pyongyang", not the unattested "Phyongyang").
     */
    static String preferredLabel(AdminDivision row) {
        String name = PlaceNameLib.stripTypeWord(row.name());
        Set<String> attested = new TreeSet<>();
        row.variants().stream().filter(v -> !PlaceNameLib.isHangul(v))
                .forEach(v -> attested.add(PlaceNameLib.stripTypeWord(v)));
        // Only spellings of this name: variants also list former names, which must not become the label.
        Set<String> sameName = new TreeSet<>(List.of(name, MR_UNIT.matcher(row.nameMr()).replaceAll("")));
        attested.stream().filter(v -> (v.startsWith("North ") || v.startsWith("South "))
                && PlaceNameLib.hasMcCuneReischauerMarks(v)).forEach(sameName::add);
        for (String spelling : sameName) {
            String official = PlaceNameLib.northKoreanStyle(spelling);
            if (!official.equals(name) && attested.contains(official)) {
                return official;
            }
        }
        return name;
    }

    /**
     * Every Latin spelling of the row except the preferred label: the full name, MR and RR names and the
     * variants, each also without its English type word, without diacritics, and (for MR spellings) in the
     * North Korean official romanisation.
     */
    static Set<String> englishAltLabels(AdminDivision row, String prefLabel) {
        Set<String> spellings = new TreeSet<>(List.of(row.name(), PlaceNameLib.stripTypeWord(row.name()),
                row.nameMr(), row.nameRr()));
        row.variants().stream().filter(v -> !PlaceNameLib.isHangul(v)).forEach(spellings::add);
        Set<String> labels = new TreeSet<>();
        for (String spelling : spellings) {
            for (String form : List.of(spelling, PlaceNameLib.stripTypeWord(spelling))) {
                labels.add(form);
                labels.add(PlaceNameLib.asciiFold(form));
                if (PlaceNameLib.hasMcCuneReischauerMarks(form)) {
                    labels.add(PlaceNameLib.northKoreanStyle(form));
                }
            }
        }
        labels.remove("");
        labels.remove(prefLabel);
        return labels;
    }

    private static Set<String> hangulNames(AdminDivision row) {
        Set<String> names = new TreeSet<>();
        if (!row.hangul().isEmpty()) {
            names.add(row.hangul());
        }
        row.variants().stream().filter(PlaceNameLib::isHangul).forEach(names::add);
        return names;
    }

    private static void addIfPresent(Resource place, Property property, String romanisation) {
        if (!romanisation.isEmpty()) {
            place.addProperty(property, romanisation, EN);
        }
    }

    /** A decimal with at least one fraction digit, so "39" is written as the Turtle decimal 39.0. */
    private static Literal decimal(Model model, BigDecimal value) {
        BigDecimal shown = value.scale() < 1 ? value.setScale(1) : value;
        return model.createTypedLiteral(shown.toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static List<String> header(String file, String sha256, Model model) {
        return List.of(
                "GENERATED FILE - do not edit by hand; change the table and regenerate.",
                "North Korean first- and second-level administrative divisions: the nkgraph place gazetteer.",
                "Generated by org.nkgraph.reference.AdminDivisionConverter from " + file,
                "  (SHA-256 " + sha256 + "; columns and sources described in nk-admin-divisions.md).",
                "Places: " + model.listSubjects().toList().size() + ". Each place's skos:note names the sources"
                        + " of its row; see README.md.",
                "Regenerate from the project root with:",
                "  " + REGENERATE_COMMAND);
    }

    private static String decodeUtf8(byte[] bytes, String file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputRejectedException(file, "is not valid UTF-8");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Map<AdminLevel, Resource> classOfLevel() {
        Map<AdminLevel, Resource> classes = new EnumMap<>(AdminLevel.class);
        classes.put(AdminLevel.PROVINCE, NKG.Province);
        classes.put(AdminLevel.SPECIAL_CITY, NKG.SpecialCity);
        classes.put(AdminLevel.COUNTY, NKG.County);
        classes.put(AdminLevel.CITY, NKG.City);
        classes.put(AdminLevel.DISTRICT, NKG.District);
        return classes;
    }
}
