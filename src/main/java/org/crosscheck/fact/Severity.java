package org.crosscheck.fact;

/** How urgently a reviewer should look at a finding. */
public enum Severity {
    ERROR, WARNING, INFO
}
