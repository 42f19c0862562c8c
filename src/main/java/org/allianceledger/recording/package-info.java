/** Recording from the pages: the list of what a recorder can record, each feature's forms registered with it. */
@ApplicationModule(displayName = "Recording pages", allowedDependencies = {"web"})
package org.allianceledger.recording;

import org.springframework.modulith.ApplicationModule;
