package org.nkgraph.doc;

/**
 * A byline as a header states it.
 *
 * @param text     the byline as written ("By Jane Doe in Seoul", "Staff Reporter")
 * @param author   the person or people it names ("Jane Doe", "Jane Doe and John Roe"), or null for a generic byline
 * @param dateline the place it names ("Seoul"), or null
 */
record Byline(String text, String author, String dateline) {}
