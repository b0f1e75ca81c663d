package org.nkgraph.bench;

import java.time.LocalDate;
import java.util.List;

/** One invented opening that several articles report: where, when, what and who besides the leader. */
record CorpusEvent(CorpusCast.County county, LocalDate date, String facility, Official first, Official second,
        List<CorpusCast.County> otherCounties) {

    /** An invented official and the title the articles give them. */
    record Official(String name, String title) {}
}
