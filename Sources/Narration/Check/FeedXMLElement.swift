import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element: just enough of a tree to lint a feed.
///
/// Built with Foundation's `XMLParser` (libxml2 underneath), with namespaces resolved: names
/// are `{namespace-uri}local`, so a feed that spells a prefix differently still matches.
public struct FeedXMLElement: Sendable, Hashable {
  /// `{namespace}local`, or just `local` outside any namespace.
  public var name: String
  /// Attributes by name (attributes without a prefix have no namespace).
  public var attributes: [String: String]
  /// The text directly inside the element (CDATA included).
  public var text: String
  /// Child elements in document order.
  public var children: [FeedXMLElement]
  /// The line the element starts on.
  public var line: Int

  /// The first child with a name.
  public func child(_ name: String) -> FeedXMLElement? { children.first { $0.name == name } }
  /// Every child with a name.
  public func children(_ name: String) -> [FeedXMLElement] { children.filter { $0.name == name } }
  /// The trimmed text of the first child with a name, if it exists.
  public func value(_ name: String) -> String? {
    child(name).map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
  }

  /// Parses a document; the error says what is wrong and on which line.
  public static func parse(_ data: Data) -> Result<FeedXMLElement, ParseError> {
    let builder = Builder()
    let parser = XMLParser(data: data)
    parser.shouldProcessNamespaces = true
    parser.delegate = builder
    if parser.parse(), let root = builder.root {
      return .success(root)
    }
    let message = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "no root"
    return .failure(ParseError(line: parser.lineNumber, message: message))
  }

  /// Why a document is not well-formed XML.
  public struct ParseError: Error, Sendable, Hashable {
    /// The line where parsing stopped.
    public var line: Int
    /// The parser's message.
    public var message: String
  }

  private final class Builder: NSObject, XMLParserDelegate {
    var stack: [FeedXMLElement] = []
    var root: FeedXMLElement?
    weak var parser: XMLParser?

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      let name = namespaceURI.map { $0.isEmpty ? elementName : "{\($0)}\(elementName)" }
      stack.append(
        FeedXMLElement(
          name: name ?? elementName, attributes: attributes, text: "", children: [],
          line: parser.lineNumber))
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      guard let element = stack.popLast() else { return }
      if stack.isEmpty {
        root = element
      } else {
        stack[stack.count - 1].children.append(element)
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      guard !stack.isEmpty else { return }
      stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
      guard !stack.isEmpty else { return }
      stack[stack.count - 1].text += String(decoding: block, as: UTF8.self)
    }
  }
}
