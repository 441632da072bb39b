/** The editable data files beside the rules (aliases, equipment families, titles, event words, page furniture), loaded with the position of every row; literal gates that spare patterns the texts they cannot match. */
package org.crosscheck.vocab;
