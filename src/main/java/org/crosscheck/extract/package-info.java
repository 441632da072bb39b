/** Per-article fact extraction: one extractor per fact kind, run as an ordered pipeline over sentences. */
package org.crosscheck.extract;
