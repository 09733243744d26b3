import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Imports a W3C Pronunciation Lexicon Specification (PLS 1.0) file.
///
/// Each `<lexeme>` gives one or more `<grapheme>`s and, in order of preference, `<alias>`es
/// (other words to say) and `<phoneme>`s. Aliases always work; phonemes work in the eSpeak
/// alphabet (`alphabet="x-espeak"`, `"espeak"` or `"x-espeak-ng"`, on the phoneme or the
/// `<lexicon>`). A lexeme whose only pronunciations are in another alphabet (IPA, X-SAMPA...) is
/// reported in ``LexiconFile/Loaded/unsupported``, never silently dropped. External entities are
/// not resolved.
public enum PLSLexicon {
  /// The alphabet names accepted as eSpeak NG phoneme mnemonics.
  public static let espeakAlphabets: Set<String> = ["espeak", "x-espeak", "x-espeak-ng"]

  /// Parses PLS text; malformed XML is an error with its line and column.
  public static func parse(_ text: String, file: String) throws(NarrationError)
    -> LexiconFile.Loaded
  {
    let collector = Collector()
    let parser = XMLParser(data: Data(text.utf8))
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = true
    parser.delegate = collector
    let ok = parser.parse()
    if let problem = collector.problem {
      throw .malformedScript(
        file, line: problem.line, column: problem.column,
        message: "not a well-formed PLS lexicon (\(problem.message))")
    }
    guard ok else {
      throw .malformedScript(
        file, line: parser.lineNumber, column: parser.columnNumber,
        message: "not a well-formed PLS lexicon (\(describe(parser.parserError)))")
    }
    guard collector.sawLexicon else {
      throw .invalidInput(file, problem: "not a PLS lexicon: the root element must be <lexicon>")
    }
    return LexiconFile.Loaded(
      lexicon: Lexicon(entries: collector.entries), unsupported: collector.unsupported)
  }

  static func describe(_ error: (any Error)?) -> String {
    guard let error else { return "unknown error" }
    return (error as NSError).localizedDescription
  }

  /// The SAX delegate that gathers lexemes.
  private final class Collector: NSObject, XMLParserDelegate {
    var sawLexicon = false
    var entries: [LexiconEntry] = []
    var unsupported: [String] = []
    var problem: (line: Int, column: Int, message: String)?
    private var open: [String] = []
    private var defaultAlphabet = ""
    private var graphemes: [String] = []
    private var pronunciations: [(kind: String, alphabet: String, text: String)] = []
    private var currentAlphabet = ""
    private var buffer = ""
    private var capturing = false
    private var lexemeLine = 0

    func parser(
      _ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      open.append(element)
      switch element {
      case "lexicon":
        sawLexicon = true
        defaultAlphabet = attributes["alphabet"] ?? ""
      case "lexeme":
        graphemes = []
        pronunciations = []
        lexemeLine = parser.lineNumber
      case "grapheme", "alias", "phoneme":
        buffer = ""
        capturing = true
        currentAlphabet = attributes["alphabet"] ?? defaultAlphabet
      default:
        break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if capturing { buffer += string }
    }

    func parser(
      _ parser: XMLParser, didEndElement element: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      // The XML parser can recover from a mismatched end tag; a lexicon must not.
      guard open.popLast() == element else {
        fail(parser, "</\(element)> does not close the element open there")
        return
      }
      let value = buffer.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      switch element {
      case "grapheme":
        if !value.isEmpty { graphemes.append(value) }
        capturing = false
      case "alias", "phoneme":
        if !value.isEmpty {
          pronunciations.append((element, currentAlphabet.lowercased(), value))
        }
        capturing = false
      case "lexeme":
        finishLexeme()
      default:
        break
      }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: any Error) {
      fail(parser, PLSLexicon.describe(error))
    }

    private func fail(_ parser: XMLParser, _ message: String) {
      guard problem == nil else { return }
      problem = (parser.lineNumber, parser.columnNumber, message)
      parser.abortParsing()
    }

    private func finishLexeme() {
      guard !graphemes.isEmpty else { return }
      let usable = pronunciations.first { item in
        // "]]" would end the engine's [[...]] phoneme input early, so such text is not used.
        !item.text.contains("]]") && !item.text.contains("[[")
          && (item.kind == "alias" || PLSLexicon.espeakAlphabets.contains(item.alphabet))
      }
      guard let usable else {
        let alphabets = Set(pronunciations.map { $0.alphabet.isEmpty ? "none" : $0.alphabet })
        unsupported.append(
          "line \(lexemeLine): '\(graphemes.joined(separator: "', '"))' has only phonemes in "
            + "\(alphabets.sorted().joined(separator: ", ")); narrate reads the espeak alphabet "
            + "(alphabet=\"x-espeak\") or an <alias>")
        return
      }
      let replacement: LexiconEntry.Replacement =
        usable.kind == "alias" ? .text(usable.text) : .phonemes(usable.text)
      for grapheme in graphemes {
        entries.append(LexiconEntry(word: grapheme, replacement: replacement))
      }
    }
  }
}
