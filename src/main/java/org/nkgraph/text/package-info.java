/**
 * Text analysis: the stages that turn a document's text into sentences, tokens and mentions (and, as extraction
 * deepens, dates, events, relations and statements), each item carrying its character offsets.
 */
package org.nkgraph.text;
