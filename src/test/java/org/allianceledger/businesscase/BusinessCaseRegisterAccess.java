package org.allianceledger.businesscase;

import com.mongodb.client.MongoDatabase;

/** Lets tests of other features build a business-case register on a database of their own. */
public final class BusinessCaseRegisterAccess {

    private BusinessCaseRegisterAccess() {
    }

    public static BusinessCaseRegister create(MongoDatabase database) {
        return new BusinessCaseRegister(database);
    }
}
