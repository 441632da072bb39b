/** The picocli command line: audit (default), normalize and evaluate. */
package org.crosscheck.cli;
