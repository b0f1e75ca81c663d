/** System-wide plumbing: the exception hierarchy and settings shared by every stage. */
package org.nkgraph.sys;
