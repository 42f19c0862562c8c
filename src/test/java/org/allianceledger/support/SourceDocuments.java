package org.allianceledger.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final Map<String, List<String>> blocksByTitle;

    private SourceDocuments(Map<String, String> textByTitle, Map<String, List<String>> blocksByTitle) {
        this.textByTitle = textByTitle;
        this.blocksByTitle = blocksByTitle;
    }

    /** The documents, or the calling test is skipped where the folder is absent. */
    public static SourceDocuments readOrSkip() {
        Path folder = Path.of(System.getProperty("ledger.seeds", "../shared/seeds"));
        assumeTrue(Files.isReadable(folder.resolve("README.md")),
                "The source documents are not at " + folder.toAbsolutePath() + " (set -Dledger.seeds=FOLDER): not checked");
        try {
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, List<String>> blocks = new LinkedHashMap<>();
            Matcher row = INDEX_ROW.matcher(Files.readString(folder.resolve("README.md")));
            while (row.find()) {
                // "BCB report, 19 Jul 2018, §N" is cited as "BCB report, 19 Jul 2018"
                String title = row.group(2).replaceFirst(",\\s*§N$", "");
                String text = Files.readString(folder.resolve(row.group(1)));
                texts.put(title, normalised(text));
                blocks.put(title, Arrays.stream(text.split("\\n\\s*\\n")).filter(block -> !block.isBlank())
                        .map(SourceDocuments::normalised).toList());
            }
            return new SourceDocuments(texts, blocks);
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

    /**
     * Whether every part of the quote stands in one of the paragraphs cited as {@code ¶2, ¶7} or
     * {@code ¶3-4}: for a document whose paragraphs are not numbered (a press release), paragraph N is
     * the Nth block of text after its headline.
     */
    public boolean quotesParagraphs(String title, String paragraphs, String quote) {
        List<String> blocks = blocksByTitle.get(title);
        List<String> cited = new ArrayList<>();
        Matcher range = Pattern.compile("¶(\\d+)(?:-(\\d+))?").matcher(paragraphs);
        while (range.find()) {
            int first = Integer.parseInt(range.group(1));
            int last = range.group(2) == null ? first : Integer.parseInt(range.group(2));
            for (int n = first; n <= last && n < blocks.size(); n++) {
                cited.add(blocks.get(n));
            }
        }
        return !cited.isEmpty() && Arrays.stream(quote.split(ELLIPSIS))
                .allMatch(part -> cited.stream().anyMatch(block -> block.contains(normalised(part))));
    }

    public static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
