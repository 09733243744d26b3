import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Helpers for the `narrate batch` end-to-end tests: short articles, folder snapshots, and an
/// independent check of an output folder's feed.
enum BatchTestSupport {
  /// A short article of our own; `number` varies the text so every episode differs.
  static func article(_ number: Int) -> String {
    let places = ["harbour", "library", "market", "station", "museum", "bridge", "school", "park"]
    let place = places[number % places.count]
    return """
      The \(place) will open \(number + 2) hours later on Sundays from next month, the council said.

      Visitors asked for the change in a survey, and staff agreed to try it until the spring of \(2027 + number).
      """
  }

  /// Writes `count` articles as `NN-name.txt` into a fresh folder under `root`.
  @discardableResult
  static func articles(_ count: Int, in root: URL, folder: String = "articles") throws -> URL {
    let url = root.appendingPathComponent(folder)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for number in 0..<count {
      try TestSupport.write(article(number), to: String(format: "%02d-story.txt", number), in: url)
    }
    return url
  }

  /// Every file below a folder (relative path → bytes), hidden files and the lock excluded.
  static func snapshot(_ folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    let base = folder.standardizedFileURL.path
    let enumerator = FileManager.default.enumerator(
      at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
    while let url = enumerator?.nextObject() as? URL {
      var isDirectory: ObjCBool = false
      let path = url.standardizedFileURL.path
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      files[String(path.dropFirst(base.count + 1))] = try? Data(contentsOf: url)
    }
    return files
  }

  /// Hidden temporary files (`.name.pid.random.tmp`) below a folder.
  static func temporaryFiles(_ folder: URL) -> [String] {
    let names = (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { ($0 as NSString).lastPathComponent.hasSuffix(".tmp") }
  }

  /// Checks a folder as a podcast app would; returns the problems found.
  ///
  /// feed.xml must parse, and every enclosure must name a file that exists with exactly the
  /// length the feed gives.
  static func feedProblems(_ folder: URL) -> [String] {
    let feed = folder.appendingPathComponent("feed.xml")
    guard FileManager.default.fileExists(atPath: feed.path) else { return [] }
    guard let data = try? Data(contentsOf: feed) else { return ["feed.xml unreadable"] }
    let collector = EnclosureCollector()
    let parser = XMLParser(data: data)
    parser.delegate = collector
    guard parser.parse() else {
      return ["feed.xml does not parse: \(parser.parserError.map { "\($0)" } ?? "?")"]
    }
    var problems: [String] = []
    for (url, length) in collector.enclosures {
      let name = (url.components(separatedBy: "/").last ?? "").removingPercentEncoding ?? ""
      let file = folder.appendingPathComponent("episodes").appendingPathComponent(name)
      let size = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? Int
      if size == nil {
        problems.append("\(name) is listed but missing")
      } else if size != length {
        problems.append("\(name) is \(size ?? 0) bytes, the feed says \(length)")
      }
    }
    return problems
  }

  /// Collects `<enclosure url length>` pairs.
  private final class EnclosureCollector: NSObject, XMLParserDelegate {
    var enclosures: [(String, Int)] = []

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String]
    ) {
      if elementName == "enclosure" {
        enclosures.append((attributes["url"] ?? "", Int(attributes["length"] ?? "") ?? -1))
      }
    }
  }

  /// A report written by `--report`.
  struct Report: Decodable {
    struct Article: Decodable {
      var status: String
      var key: String
      var slug: String?
      var error: String?
      var cacheHit: Bool
    }
    var articles: [Article]
  }

  /// Reads a report file.
  static func report(_ url: URL) throws -> Report {
    try JSONDecoder().decode(Report.self, from: Data(contentsOf: url))
  }
}
