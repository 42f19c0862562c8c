package org.allianceledger.support;

/** The users src/test/resources/config/application.yml gives every test's service. */
public enum TestUsers {
    /** Records and audits: what most tests need. */
    CLERK("clerk"),
    RECORDER("recorder"),
    AUDITOR("auditor"),
    VIEWER("viewer");

    private final String username;

    TestUsers(String username) {
        this.username = username;
    }

    public String username() {
        return username;
    }

    public String password() {
        return username + "-password";
    }
}
