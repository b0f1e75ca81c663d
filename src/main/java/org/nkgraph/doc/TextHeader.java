package org.nkgraph.doc;

/**
 * What the header of a plain-text article states, and where its body starts.
 *
 * @param title     the headline, or null
 * @param published the publication date, or null
 * @param updated   the update date, or null
 * @param byline    the byline as written, or null
 * @param author    the people the byline names, or null
 * @param dateline  the place the byline or dateline names, or null
 * @param bodyStart the offset in the scanned text where the body starts
 */
record TextHeader(String title, PublicationDate published, PublicationDate updated, String byline, String author,
        String dateline, int bodyStart) {}
