/** Building the Drools rule base from rules/ at run time and running sessions that turn claims into findings. */
package org.crosscheck.engine;
