package org.allianceledger.command;

/** A command name the catalog does not know. */
public class UnknownCommandException extends RuntimeException {

    public UnknownCommandException(String name) {
        super("There is no command '" + name + "'; the API description at /v3/api-docs lists them all");
    }
}
