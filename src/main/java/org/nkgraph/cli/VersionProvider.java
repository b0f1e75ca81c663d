package org.nkgraph.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = NkGraphCmd.class.getPackage().getImplementationVersion();
        return new String[] {"nkgraph " + (v == null ? "(development build)" : v)};
    }
}
