/** Users, roles and sign-in. */
@ApplicationModule(displayName = "Security", allowedDependencies = {"store"})
package org.allianceledger.security;

import org.springframework.modulith.ApplicationModule;
