/** Reading article files: decoding, publication metadata, page-furniture removal and sentence splitting with exact offsets. */
package org.crosscheck.ingest;
