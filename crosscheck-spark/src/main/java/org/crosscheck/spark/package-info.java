/** The Spark runner: the audit's per-article pass and rule sessions as Spark tasks, everything else on the driver. */
package org.crosscheck.spark;
