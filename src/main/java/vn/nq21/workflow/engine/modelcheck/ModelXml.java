package vn.nq21.workflow.engine.modelcheck;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reading BPMN and DMN files as namespace-aware DOM, without DTDs or external entities. */
final class ModelXml {

  static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  /** The engine still reads Activiti's namespace as Camunda's. */
  static final String ACTIVITI_NS = "http://activiti.org/bpmn";
  static final String CAMUNDA_DMN_NS = "http://camunda.org/schema/1.0/dmn";

  private ModelXml() {}

  /** Parses a BPMN or DMN file; a file that is not well-formed XML throws. */
  static Document parseXml(byte[] content) throws IOException, SAXException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) { }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return builder.parse(new ByteArrayInputStream(content));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The child elements of {@code parent} in {@code namespace}, of that local name (any when null). */
  static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && namespace.equals(e.getNamespaceURI())
          && (localName == null || localName.equals(e.getLocalName()))) {
        found.add(e);
      }
    }
    return found;
  }

  /** Every element below {@code root}, in document order. */
  static List<Element> descendants(Element root) {
    List<Element> found = new ArrayList<>();
    collect(root, found);
    return found;
  }

  private static void collect(Element parent, List<Element> into) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        into.add(e);
        collect(e, into);
      }
    }
  }

  /** The element's own text, without its children's. */
  static String ownText(Element e) {
    StringBuilder text = new StringBuilder();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(n.getNodeValue());
      }
    }
    return text.toString();
  }

  /** Whether {@code namespace} is Camunda's (or Activiti's, which the engine reads the same). */
  static boolean isCamundaNamespace(String namespace) {
    return CAMUNDA_NS.equals(namespace) || ACTIVITI_NS.equals(namespace);
  }

  /** Whether the element is a Camunda extension element. */
  static boolean isCamunda(Element e) {
    return isCamundaNamespace(e.getNamespaceURI());
  }

  /** A camunda: attribute, "" when absent. */
  static String camunda(Element e, String name) {
    String value = e.getAttributeNS(CAMUNDA_NS, name);
    return value.isEmpty() ? e.getAttributeNS(ACTIVITI_NS, name) : value;
  }

  /** The element's {@code name}, null when it has none. */
  static String name(Element e) {
    String name = e.getAttribute("name").trim();
    return name.isEmpty() ? null : name;
  }
}
