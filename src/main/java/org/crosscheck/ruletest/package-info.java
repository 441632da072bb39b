/** Rule tests as data: folders of article snippets with the findings a rules folder must or must not produce. */
package org.crosscheck.ruletest;
