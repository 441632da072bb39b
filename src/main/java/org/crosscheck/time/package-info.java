/** Finding time expressions and resolving them against an anchor date into TimeML values and intervals. */
package org.crosscheck.time;
