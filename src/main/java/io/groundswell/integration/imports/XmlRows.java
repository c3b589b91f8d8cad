package io.groundswell.integration.imports;

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
 * from outside.
 */
final class XmlRows implements AutoCloseable {

    /** One row: its line in the file and its attributes. */
    record Row(int line, Map<String, String> attributes) {
        String get(String name) {
            return attributes.get(name);
        }
    }

    private static final XMLInputFactory FACTORY = factory();

    private final InputStream in;
    private final XMLStreamReader reader;

    XmlRows(InputStream in) throws XMLStreamException {
        this.in = in;
        this.reader = FACTORY.createXMLStreamReader(in);
    }

    /** The next row, or null at the end of the file. */
    Row next() throws XMLStreamException {
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && "row".equals(reader.getLocalName())) {
                Map<String, String> attributes = new HashMap<>();
                for (int i = 0; i < reader.getAttributeCount(); i++) {
                    attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                }
                return new Row(reader.getLocation().getLineNumber(), attributes);
            }
        }
        return null;
    }

    @Override
    public void close() throws XMLStreamException {
        try {
            reader.close();
        } finally {
            try {
                in.close();
            } catch (java.io.IOException e) {
                throw new XMLStreamException("Cannot close the dump file", e);
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
