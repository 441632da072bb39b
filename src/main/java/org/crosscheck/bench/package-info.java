/** Synthetic news corpora with known contradictions, and the benchmark that audits them at growing sizes. */
package org.crosscheck.bench;
