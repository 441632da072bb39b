/** Crosscheck: reads news articles, extracts the facts they state and flags where sources disagree; start at {@link org.crosscheck.Auditor}. */
package org.crosscheck;
