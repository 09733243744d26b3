import Foundation

/// The data the normalizer's rules read: abbreviations and symbols, loaded from TSV files.
///
/// Bundled tables live in `Resources/Normalizer/`; each line is `written<TAB>spoken`, and lines
/// starting with `#` are notes.
public struct NormalizerTables: Sendable, Hashable {
  /// Abbreviations with their final period ("Gen." → "General").
  public var abbreviations: [String: String]
  /// Symbols read as words ("&" → "and").
  public var symbols: [String: String]

  /// Creates tables from dictionaries.
  public init(abbreviations: [String: String] = [:], symbols: [String: String] = [:]) {
    self.abbreviations = abbreviations
    self.symbols = symbols
  }

  /// Loads the tables that ship with narrate.
  public static func bundled() throws(NarrationError) -> NormalizerTables {
    NormalizerTables(
      abbreviations: try table("abbreviations.tsv"),
      symbols: try table("symbols.tsv"))
  }

  /// Parses a `written<TAB>spoken` table.
  static func parseTable(_ text: String) -> [String: String] {
    var table: [String: String] = [:]
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", maxSplits: 1)
      guard fields.count == 2 else { continue }
      table[String(fields[0])] = String(fields[1])
    }
    return table
  }

  private static func table(_ name: String) throws(NarrationError) -> [String: String] {
    parseTable(try Resources.text(at: Resources.url("Normalizer/" + name)))
  }
}
