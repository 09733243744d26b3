import Foundation
import Yams

/// Reads a list file: a JSON or YAML list of articles, each with its own title, author, date,
/// id and voice.
///
/// The list is either a sequence or a mapping with an `articles:` sequence. Each entry names a
/// `file` (relative to the list file's folder) or gives the `text` itself; `id` is the article's
/// stable identity (default: the file's path). JSON is read as YAML, which it is a subset of.
public struct ArticleList: Sendable {
  /// The keys an entry may have, checked so that a typo is an error, not a silent default.
  static let allowedKeys = ["file", "text", "id", "title", "author", "date", "voice", "link"]

  /// How messages name the list file.
  public var name: String
  /// The folder relative file paths are resolved against.
  public var folder: String

  /// Creates a reader for the list file at `path`.
  public init(path: String) {
    name = path
    folder = (path as NSString).deletingLastPathComponent
  }

  /// The list's articles, in list order.
  public func articles(fromYAML text: String) throws(NarrationError) -> [BatchArticle] {
    let node: Node?
    do {
      node = try Yams.compose(yaml: text)
    } catch {
      throw .invalidInput(name, problem: "not valid JSON or YAML: \(error)")
    }
    let entries: Node.Sequence
    if let sequence = node?.sequence {
      entries = sequence
    } else if let sequence = node?.mapping?["articles"]?.sequence {
      entries = sequence
    } else {
      throw .invalidInput(
        name, problem: "a list file is a list of articles, or a mapping with an `articles:` list")
    }
    var result: [BatchArticle] = []
    for (index, entry) in entries.enumerated() {
      result.append(try article(from: entry, number: index + 1))
    }
    return result
  }

  private func article(from node: Node, number: Int) throws(NarrationError) -> BatchArticle {
    let here = "\(name) entry \(number)"
    guard let mapping = node.mapping else {
      throw .invalidInput(here, problem: "each entry is a mapping with `file:` or `text:`")
    }
    for key in mapping.keys {
      guard let key = key.string, Self.allowedKeys.contains(key) else {
        throw .invalidInput(
          here,
          problem: "unknown key '\(key.string ?? "?")'; entries may have "
            + Self.allowedKeys.joined(separator: ", "))
      }
    }
    func string(_ key: String) -> String? {
      guard let value = mapping[key]?.string?.trimmingCharacters(in: .whitespacesAndNewlines),
        !value.isEmpty
      else { return nil }
      return value
    }
    var published: Date?
    if let date = string("date") {
      guard let parsed = FeedDate.parse(date) else {
        throw .invalidInput(
          here, problem: "'date: \(date)' is not a date; write 2026-11-28 or 2026-11-28T09:30:00Z")
      }
      published = parsed
    }
    let id = string("id")
    var article: BatchArticle
    if let file = string("file") {
      let path = file.hasPrefix("/") ? file : (folder as NSString).appendingPathComponent(file)
      article = .file(path)
      if let id { article.key = id }
    } else if let text = mapping["text"]?.string, !text.isEmpty {
      guard let id else {
        throw .invalidInput(here, problem: "an entry with `text:` needs an `id:` to be known by")
      }
      article = BatchArticle(
        key: id, name: "\(name) entry '\(id)'", source: .text(text), slugBase: id)
    } else {
      throw .invalidInput(here, problem: "give the article as `file:` (a path) or `text:`")
    }
    article.guidName = id
    article.title = string("title")
    article.author = string("author")
    article.published = published
    article.link = string("link")
    article.voice = string("voice")
    if let id { article.slugBase = id }
    return article
  }
}
