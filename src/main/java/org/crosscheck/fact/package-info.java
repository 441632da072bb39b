/** The immutable records exchanged between stages and asserted into the rule engine: claims, findings and sources. */
package org.crosscheck.fact;
