/** The audit's stages (ingest, per-article pass, dating, grouping, rules, reports) as units with stated inputs and outputs, wired by {@link org.crosscheck.Auditor}. */
package org.crosscheck.stage;
