package org.allianceledger.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source documents the shipped history cites, read from the folder the test setting
 * {@code ledger.seeds} names (by default {@code ../shared/seeds} beside the project). Its index
 * (README.md) maps each file to the title the history cites it by. Where the folder is absent (a
 * clone elsewhere), a test that needs it is skipped and says why.
 */
public final class SourceDocuments {

    /** A row of the index: {@code | 000_x.txt | what it is | date | Collaboration Update, 14 Dec 2017, §N |}. */
    private static final Pattern INDEX_ROW = Pattern.compile("^\\|\\s*(\\S+\\.txt)\\s*\\|[^|]*\\|[^|]*\\|\\s*([^|]+?)\\s*\\|\\s*$",
            Pattern.MULTILINE);
    private static final String ELLIPSIS = "…";

    private final Map<String, String> textByTitle;

    private SourceDocuments(Map<String, String> textByTitle) {
        this.textByTitle = textByTitle;
    }

    /** The documents, or the calling test is skipped where the folder is absent. */
    public static SourceDocuments readOrSkip() {
        Path folder = Path.of(System.getProperty("ledger.seeds", "../shared/seeds"));
        assumeTrue(Files.isReadable(folder.resolve("README.md")),
                "The source documents are not at " + folder.toAbsolutePath() + " (set -Dledger.seeds=FOLDER): not checked");
        try {
            Map<String, String> texts = new LinkedHashMap<>();
            Matcher row = INDEX_ROW.matcher(Files.readString(folder.resolve("README.md")));
            while (row.find()) {
                // "BCB report, 19 Jul 2018, §N" is cited as "BCB report, 19 Jul 2018"
                String title = row.group(2).replaceFirst(",\\s*§N$", "");
                texts.put(title, normalised(Files.readString(folder.resolve(row.group(1)))));
            }
            return new SourceDocuments(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean has(String title) {
        return textByTitle.containsKey(title);
    }

    /** The document's text with every run of white space made one space, as a quote is compared. */
    public String text(String title) {
        return textByTitle.get(title);
    }

    /**
     * Whether the quote stands in the document, white space aside; a quote may leave words out with
     * "…", and its parts must then stand in that order.
     */
    public boolean quotes(String title, String quote) {
        String text = textByTitle.get(title);
        int from = 0;
        for (String part : quote.split(ELLIPSIS)) {
            int at = text.indexOf(normalised(part), from);
            if (at < 0) {
                return false;
            }
            from = at + normalised(part).length();
        }
        return true;
    }

    public static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
