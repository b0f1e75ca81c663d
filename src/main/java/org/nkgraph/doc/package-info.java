/** Reading input files into {@link org.nkgraph.doc.Document}s: formats, readers, header parsing, bad-input checks. */
package org.nkgraph.doc;
