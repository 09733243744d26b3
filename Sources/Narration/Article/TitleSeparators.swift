import Foundation
import Yams

/// The separators between an article's headline and the site's name or section in page
/// titles, from `Resources/Rules/titles.yml`, which the text-dump and HTML cleaners share.
enum TitleSeparators {
  /// The bundled separators, in file order (empty if the file is missing or broken, which
  /// only leaves site names in titles; the rule tests read the file).
  static let bundled: [String] = {
    guard let text = try? Resources.text(at: Resources.url("Rules/titles.yml")) else { return [] }
    return (try? parse(text)) ?? []
  }()

  /// The separators that a titles file lists.
  static func parse(_ yaml: String) throws -> [String] {
    struct File: Codable { var separators: [String] }
    return try YAMLDecoder().decode(File.self, from: yaml).separators.filter { !$0.isEmpty }
  }
}
