package org.nkgraph.reference;

import java.util.Arrays;
import java.util.Optional;

/** The {@code level} column of the administrative-division table: the kind of unit a row describes. */
public enum AdminLevel {
    PROVINCE("province", true),
    SPECIAL_CITY("special-city", true),
    COUNTY("county", false),
    CITY("city", false),
    DISTRICT("district", false);

    private final String code;
    private final boolean firstLevel;

    AdminLevel(String code, boolean firstLevel) {
        this.code = code;
        this.firstLevel = firstLevel;
    }

    /** The value as written in the table, e.g. {@code special-city}. */
    public String code() {
        return code;
    }

    /** True for provinces and special cities, which sit directly under the country. */
    public boolean isFirstLevel() {
        return firstLevel;
    }

    /** The level written as {@code code}, if there is one. */
    public static Optional<AdminLevel> ofCode(String code) {
        return Arrays.stream(values()).filter(level -> level.code.equals(code)).findFirst();
    }
}
