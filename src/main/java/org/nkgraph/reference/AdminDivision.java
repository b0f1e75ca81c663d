package org.nkgraph.reference;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One row of {@code nk-admin-divisions.tsv}: a North Korean first- or second-level division.
 *
 * @param id         stable ASCII id, {@code parent/slug} for second-level units (e.g. {@code south-pyongan/sinyang})
 * @param level      the kind of unit
 * @param name       usual English-news name with its type word, e.g. "Changyon County"
 * @param nameMr     McCune-Reischauer spelling with its Korean unit suffix, e.g. "Changyŏn-gun"
 * @param nameRr     Revised Romanization with its Korean unit suffix, e.g. "Jangyeon-gun"
 * @param hangul     the name in North Korean orthography
 * @param variants   other spellings, romanised or hangul, in table order
 * @param parentId   id of the first-level unit containing this one; empty for first-level units
 * @param latitude   representative latitude, if the table has one
 * @param longitude  representative longitude, if the table has one
 * @param wikidata   the Wikidata QID, if a source pairs one with the unit
 * @param source     the table's source note for the row
 * @param line       1-based line of the row in its file, for messages
 */
public record AdminDivision(
        String id,
        AdminLevel level,
        String name,
        String nameMr,
        String nameRr,
        String hangul,
        List<String> variants,
        Optional<String> parentId,
        Optional<BigDecimal> latitude,
        Optional<BigDecimal> longitude,
        Optional<String> wikidata,
        String source,
        int line) {

    public AdminDivision {
        variants = List.copyOf(variants);
    }
}
