package org.allianceledger.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form, in the pages' own style; Spring Security takes the POST that it sends. */
@Controller
class SignInPage {

    @GetMapping("/login")
    String signIn() {
        return "sign-in";
    }
}
