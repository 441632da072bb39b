/** Measuring an audit against a gold file of expected findings, traps and corroborations. */
package org.crosscheck.eval;
