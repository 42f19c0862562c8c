package org.allianceledger.readmodel;

import static com.mongodb.client.model.Filters.eq;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;

/**
 * What the read models kept in the store before they moved into each instance's memory: a collection
 * of change rows per view, their generations, and their processor's tokens. A store written by that
 * version has them; they are dropped at start, as nothing reads them any more.
 */
@Component
class RetiredChangeLogs {

    static final List<String> COLLECTIONS = List.of("decision_register", "decision_subject", "agreement_register",
            "business_case_register", "function_register", "recommendation_progress", "savings_timeline",
            "disagreement_register", "read_model_generations");
    private static final Logger log = LoggerFactory.getLogger(RetiredChangeLogs.class);

    RetiredChangeLogs(MongoDatabase database) {
        Set<String> present = database.listCollectionNames().into(new HashSet<>());
        List<String> retired = COLLECTIONS.stream().filter(present::contains).toList();
        retired.forEach(name -> database.getCollection(name).drop());
        long tokens = present.contains("trackingtokens")
                ? database.getCollection("trackingtokens").deleteMany(eq("processorName", ReadModels.PROCESSING_GROUP)).getDeletedCount()
                : 0;
        if (!retired.isEmpty() || tokens > 0) {
            log.info("Dropped the read models' stored rows and tokens of an earlier version ({}; {} tokens): they are kept in memory now",
                    retired, tokens);
        }
    }
}
