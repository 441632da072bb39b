package org.crosscheck.report;

/** Columns of sources.csv, in order. */
public enum SourceColumn {
    source, published, published_basis, outlet, chars, facts, removed, warnings
}
