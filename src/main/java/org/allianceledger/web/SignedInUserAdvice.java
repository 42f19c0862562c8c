package org.allianceledger.web;

import java.security.Principal;

import org.allianceledger.security.LedgerRole;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page names who is signed in, beside the sign-out button, shows auditors their own page and recorders where to record. */
@ControllerAdvice(annotations = Page.class)
class SignedInUserAdvice {

    private static final String AUDITOR = "ROLE_" + LedgerRole.AUDITOR.name();
    private static final String RECORDER = "ROLE_" + LedgerRole.RECORDER.name();

    @ModelAttribute("signedInAs")
    String signedInAs(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    @ModelAttribute("auditor")
    boolean auditor(Authentication authentication) {
        return has(authentication, AUDITOR);
    }

    /** Recorders are shown where they can record from the pages. */
    @ModelAttribute("recorder")
    boolean recorder(Authentication authentication) {
        return has(authentication, RECORDER);
    }

    private static boolean has(Authentication authentication, String role) {
        return authentication != null && authentication.getAuthorities().stream().anyMatch(authority -> role.equals(authority.getAuthority()));
    }
}
