package org.allianceledger.history;

import java.io.InputStream;
import java.io.Reader;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.ScalarEvent;

import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Jackson's YAML parser as a history file needs it, for the one stream the reader reads. Jackson
 * resolves plain scalars by YAML 1.2's JSON schema, where {@code 17_400_000} is text; history files
 * group the digits of amounts so, as YAML 1.1 (and SnakeYAML, which read them before) allows, and
 * such a plain integer is read as the number it is. An alias or a tag of no YAML type is refused:
 * Jackson would read an alias as its anchor's name and ignore the tag, where SnakeYAML expanded the
 * one and refused the other.
 */
final class HistoryYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;
    private static final Pattern GROUPED_INTEGER = Pattern.compile("[-+]?[1-9][0-9]*(_+[0-9]+)+");
    private static final String YAML_TYPE = "tag:yaml.org,2002:";

    HistoryYamlFactory(YAMLFactoryBuilder settings) {
        super(settings);
    }

    @Override
    public HistoryYamlFactory copy() {
        return new HistoryYamlFactory(rebuild());
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, InputStream in) {
        return new Parser(readCtxt, ioCtxt, _getBufferRecycler(), readCtxt.getStreamReadFeatures(_streamReadFeatures),
                readCtxt.getFormatReadFeatures(_formatReadFeatures), _loadSettings, _createReader(in, null, ioCtxt));
    }

    private static final class Parser extends YAMLParser {

        Parser(ObjectReadContext readCtxt, IOContext ioCtxt, BufferRecycler recycler, int streamReadFeatures,
               int formatFeatures, LoadSettings settings, Reader reader) {
            super(readCtxt, ioCtxt, recycler, streamReadFeatures, formatFeatures, settings, reader);
        }

        @Override
        public JsonToken nextToken() {
            JsonToken token = super.nextToken();
            if (isCurrentAlias()) {
                throw _constructReadException("an alias (*" + getString() + ") is not read: write the value out");
            }
            String tag = getTypeId();
            if (tag != null && !tag.isEmpty() && !tag.startsWith(YAML_TYPE)) {
                throw _constructReadException("a tag (!" + tag + ") is not read: write the value as plain YAML");
            }
            return token;
        }

        @Override
        protected JsonToken _decodeScalar(ScalarEvent scalar) {
            JsonToken token = super._decodeScalar(scalar);
            String text = scalar.getValue();
            return token == JsonToken.VALUE_STRING && scalar.getImplicit().canOmitTagInPlainScalar()
                    && GROUPED_INTEGER.matcher(text).matches() ? _decodeNumberScalar(text, text.length()) : token;
        }
    }
}
