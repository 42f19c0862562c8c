package org.allianceledger.web;

import java.security.Principal;

import org.allianceledger.security.LedgerRole;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page names who is signed in, beside the sign-out button, and shows auditors their own page. */
@ControllerAdvice(annotations = Page.class)
class SignedInUserAdvice {

    private static final String AUDITOR = "ROLE_" + LedgerRole.AUDITOR.name();

    @ModelAttribute("signedInAs")
    String signedInAs(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    @ModelAttribute("auditor")
    boolean auditor(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> AUDITOR.equals(authority.getAuthority()));
    }
}
