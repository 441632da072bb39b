/** Corpus-level stages between extraction and rules: independent-source detection and event grouping. */
package org.crosscheck.group;
