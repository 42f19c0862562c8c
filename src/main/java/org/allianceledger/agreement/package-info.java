/** Section 22A agreements: drafts, signatures, coming into force. */
@ApplicationModule(displayName = "Section 22A agreements", allowedDependencies = {"alliance", "function", "readmodel", "recording", "web"})
package org.allianceledger.agreement;

import org.springframework.modulith.ApplicationModule;
