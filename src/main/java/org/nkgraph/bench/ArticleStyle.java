package org.nkgraph.bench;

import java.util.SplittableRandom;

/** The news styles of the synthetic corpus, as the readers see them. */
enum ArticleStyle {
    /** Headline, {@code Published:} line, byline in capitals, body. */
    HEADER,
    /** A glued {@code date YYYY-MM-DD} marker before the body. */
    MARKER,
    /** Body only: no publication date. */
    PLAIN,
    /** Headline, {@code Posted:} line, body opening with a wire dateline. */
    WIRE,
    /** A row of a JSON Lines feed. */
    JSONL;

    /** A style drawn with the weights of a mixed archive: mostly headers and wires, a few feeds. */
    static ArticleStyle draw(SplittableRandom random) {
        int r = random.nextInt(100);
        if (r < 35) {
            return HEADER;
        } else if (r < 55) {
            return MARKER;
        } else if (r < 65) {
            return PLAIN;
        } else if (r < 95) {
            return WIRE;
        }
        return JSONL;
    }
}
