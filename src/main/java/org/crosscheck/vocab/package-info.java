/** The editable data files beside the rules (aliases, equipment families, titles, event words, page furniture), loaded with the position of every row. */
package org.crosscheck.vocab;
