import Foundation
import Narration

/// The shapes `narrate clean` prints an article in.
enum ArticleJSON {
  private struct Output: Encodable {
    struct Block: Encodable {
      var kind: String
      var text: String
      var lines: [Int]
    }
    var title: String?
    var byline: String?
    var published: String?
    var language: String?
    var blocks: [Block]
  }

  static func encode(_ article: Article) throws -> String {
    let formatter = ISO8601DateFormatter()
    let output = Output(
      title: article.title, byline: article.byline,
      published: article.published.map { formatter.string(from: $0) }, language: article.language,
      blocks: article.blocks.map {
        .init(
          kind: $0.kind.rawValue, text: $0.text, lines: [$0.lines.lowerBound, $0.lines.upperBound])
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(output), as: UTF8.self)
  }

  static func markdown(_ article: Article) -> String {
    var parts: [String] = []
    if let title = article.title { parts.append("# " + title) }
    for block in article.blocks {
      switch block.kind {
      case .heading: parts.append("## " + block.text)
      case .paragraph: parts.append(block.text)
      case .quote: parts.append("> " + block.text)
      case .listItem: parts.append("- " + block.text)
      }
    }
    return parts.joined(separator: "\n\n")
  }
}
