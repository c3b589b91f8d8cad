package io.groundswell.integration.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The {@code <row .../>} elements of a Stack Exchange dump file, one at a time (StAX), so a file of
 * any size is read in constant memory. DTDs and external entities are refused: the zip comes
 * from outside. So is an attribute longer than a limit: the JDK's parser has no such limit and
 * would hold a 400-million-character Body in memory, so the bytes are cut off before it sees them.
 */
final class XmlRows implements AutoCloseable {

    /** One row: its line in the file and its attributes. */
    record Row(int line, Map<String, String> attributes) {
        String get(String name) {
            return attributes.get(name);
        }
    }

    /** The dump breaks a limit; the job fails with this message. */
    static final class TooLarge extends XMLStreamException {
        TooLarge(String message) {
            super(message);
        }
    }

    private static final XMLInputFactory FACTORY = factory();

    private final MarkupGuard in;
    private final XMLStreamReader reader;
    private final int maxAttributeChars;
    private final String file;

    /** Reads {@code file} (its name, for messages) from {@code in}. */
    XmlRows(InputStream in, int maxAttributeChars, String file) throws XMLStreamException {
        this.in = new MarkupGuard(in, maxBytesWithoutMarkup(maxAttributeChars));
        this.maxAttributeChars = maxAttributeChars;
        this.file = file;
        this.reader = FACTORY.createXMLStreamReader(this.in);
    }

    /** The next row, or null at the end of the file. */
    Row next() throws XMLStreamException {
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && "row".equals(reader.getLocalName())) {
                    return row();
                }
            }
            return null;
        } catch (XMLStreamException e) {
            if (in.tripped) {
                throw new TooLarge(file + " line " + reader.getLocation().getLineNumber()
                        + ": an attribute is longer than " + maxAttributeChars + " characters");
            }
            if (e.getNestedException() instanceof IOException io && io.getMessage() != null) {
                // The stream failed, not the XML: its reason without the parser's framing.
                throw new XMLStreamException(io.getMessage(), io);
            }
            throw e;
        }
    }

    private Row row() throws TooLarge {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String value = reader.getAttributeValue(i);
            if (value.length() > maxAttributeChars) {
                throw new TooLarge(file + " line " + reader.getLocation().getLineNumber() + ": the attribute "
                        + reader.getAttributeLocalName(i) + " is longer than " + maxAttributeChars + " characters");
            }
            attributes.put(reader.getAttributeLocalName(i), value);
        }
        return new Row(reader.getLocation().getLineNumber(), attributes);
    }

    @Override
    public void close() throws XMLStreamException {
        try {
            reader.close();
        } finally {
            try {
                in.close();
            } catch (IOException e) {
                throw new XMLStreamException("Cannot close the dump file", e);
            }
        }
    }

    /**
     * An attribute holds no {@code <}, so a start tag and its attributes lie between two of them;
     * a character takes at most 4 bytes in UTF-8 or as {@code &lt;}, plus slack for the tag itself.
     */
    private static long maxBytesWithoutMarkup(int maxAttributeChars) {
        return 4L * maxAttributeChars + 64 * 1024;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** Ends the stream with an error when too many bytes pass without a {@code <}. */
    private static final class MarkupGuard extends FilterInputStream {

        private final long maxRun;
        private long run;
        private boolean tripped;

        MarkupGuard(InputStream in, long maxRun) {
            super(in);
            this.maxRun = maxRun;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            for (int i = 0; i < read; i++) {
                count(buffer[offset + i]);
            }
            return read;
        }

        private void count(byte b) throws IOException {
            run = b == '<' ? 0 : run + 1;
            if (run > maxRun) {
                tripped = true;
                throw new IOException("more than " + maxRun + " bytes without markup");
            }
        }
    }
}
