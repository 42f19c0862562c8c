/** The jar's verbs: the toolkit for running one against the store and reporting its outcome. */
@ApplicationModule(displayName = "Command line", allowedDependencies = {})
package org.allianceledger.cli;

import org.springframework.modulith.ApplicationModule;
