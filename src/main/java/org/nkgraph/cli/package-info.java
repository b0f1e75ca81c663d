/** The {@code nkgraph} command line: one picocli command per verb, exit codes, error reporting. */
package org.nkgraph.cli;
