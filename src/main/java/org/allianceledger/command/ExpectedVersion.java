package org.allianceledger.command;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version a client expects an aggregate to be at when its command is recorded, from an
 * {@code If-Match} header: the entity tag {@code "7"} that a command's answer and the aggregate's
 * stream give as {@code ETag}, or {@code *} for any version of an aggregate that exists. It travels
 * in the command's metadata and is not stored with the events.
 */
public record ExpectedVersion(long version) {

    public static final String HEADER = "If-Match";
    static final String METADATA = "expectedVersion";
    /** {@code *}: the aggregate exists, whatever its version. Versions start at 0. */
    private static final long ANY = -1;
    private static final Pattern TAG = Pattern.compile("\"(0|[1-9]\\d{0,17})\"");

    /** Null for no header; a header that is neither {@code *} nor one strong entity tag of a version is refused. */
    static ExpectedVersion parse(String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        if (value.equals("*")) {
            return new ExpectedVersion(ANY);
        }
        Matcher tag = TAG.matcher(value);
        if (!tag.matches()) {
            throw MalformedCommandException.inField(HEADER,
                    "must be * or one aggregate version as an entity tag, such as \"7\" (the ETag a command or the aggregate's stream answered)");
        }
        return new ExpectedVersion(Long.parseLong(tag.group(1)));
    }

    /** The entity tag of an aggregate at this version, as the {@code ETag} header gives it. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Refuses the command if the aggregate, at {@code current} (empty if nothing is recorded under its id), is not at this version. */
    void require(String aggregateId, Optional<Long> current) {
        boolean holds = version == ANY ? current.isPresent() : current.filter(at -> at == version).isPresent();
        if (!holds) {
            throw new StaleVersionException(aggregateId, this, current);
        }
    }

    @Override
    public String toString() {
        return version == ANY ? "*" : etag(version);
    }
}
