/** Recording from the pages: the list of what a recorder can record, each feature's forms registered with it, and what every form shares. */
@ApplicationModule(displayName = "Recording pages", allowedDependencies = {"alliance", "command", "web"})
package org.allianceledger.recording;

import org.springframework.modulith.ApplicationModule;
