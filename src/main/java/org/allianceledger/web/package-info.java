/** The toolkit pages and the API are made with; it knows no feature. */
@ApplicationModule(displayName = "Page toolkit", allowedDependencies = {"alliance", "command", "readmodel", "security", "store"})
package org.allianceledger.web;

import org.springframework.modulith.ApplicationModule;
