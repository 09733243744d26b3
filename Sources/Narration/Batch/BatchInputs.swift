import Foundation

/// Expands what the user names on the command line into the articles of a batch.
///
/// An input is a file, a folder (searched recursively for articles), a glob pattern, a list file
/// (`.json`, `.yml`, `.yaml`), or a feed of articles (`.xml`, `.rss`, `.atom`, a file whose content
/// is RSS or Atom, or an `http(s)://` address).
public enum BatchInputs {
  /// Extensions of article files picked up from folders and patterns.
  public static let articleExtensions: Set<String> = [
    "txt", "text", "html", "htm", "md", "markdown", "ssml",
  ]
  /// Extensions of list files.
  public static let listExtensions: Set<String> = ["json", "yml", "yaml"]
  /// Extensions of feed files.
  public static let feedExtensions: Set<String> = ["xml", "rss", "atom"]

  /// The articles the inputs name, without duplicates (the first of each key is kept).
  ///
  /// - Throws: when an input does not exist, matches nothing, or is a malformed list or feed.
  public static func collect(_ inputs: [String]) throws(NarrationError) -> [BatchArticle] {
    var result: [BatchArticle] = []
    var seen = Set<String>()
    for input in inputs {
      for article in try expand(input) where seen.insert(article.key).inserted {
        result.append(article)
      }
    }
    return result
  }

  static func expand(_ input: String) throws(NarrationError) -> [BatchArticle] {
    let lowered = input.lowercased()
    if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
      guard let url = URL(string: input) else {
        throw .invalidInput(input, problem: "not a valid address")
      }
      return try ArticleFeedReader(name: input).articles(from: try RemoteFeed.fetch(url))
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) {
      if isDirectory.boolValue {
        let folder = input.count > 1 && input.hasSuffix("/") ? String(input.dropLast()) : input
        return walk(folder).filter(isArticle).map { .file(folder + "/" + $0) }
      }
      return try file(input, explicit: true)
    }
    if GlobPattern.isPattern(input) {
      let matches = try GlobPattern(input).files()
      guard !matches.isEmpty else {
        throw .invalidInput(input, problem: "the pattern matches no files")
      }
      var articles: [BatchArticle] = []
      for path in matches where isArticle(path) || isList(path) || isFeed(path) {
        articles += try file(path, explicit: false)
      }
      return articles
    }
    throw .fileNotFound(input)
  }

  private static func file(_ path: String, explicit: Bool) throws(NarrationError)
    -> [BatchArticle]
  {
    if isList(path) {
      let text: String
      do {
        text = try String(contentsOfFile: path, encoding: .utf8)
      } catch {
        throw .unreadable(path, reason: OutputFolder.reason(error))
      }
      return try ArticleList(path: path).articles(fromYAML: text)
    }
    if isFeed(path) || (explicit && !isArticle(path) && sniffFeed(path)) {
      let data: Data
      do {
        data = try Data(contentsOf: URL(fileURLWithPath: path))
      } catch {
        throw .unreadable(path, reason: OutputFolder.reason(error))
      }
      return try ArticleFeedReader(name: path).articles(from: data)
    }
    return [.file(path)]
  }

  private static func sniffFeed(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    return ArticleFeedReader.looksLikeFeed(handle.readData(ofLength: 1024))
  }

  private static func pathExtension(_ path: String) -> String {
    (path as NSString).pathExtension.lowercased()
  }

  static func isArticle(_ path: String) -> Bool { articleExtensions.contains(pathExtension(path)) }
  static func isList(_ path: String) -> Bool { listExtensions.contains(pathExtension(path)) }
  static func isFeed(_ path: String) -> Bool { feedExtensions.contains(pathExtension(path)) }

  /// Every regular file below a folder, as sorted relative paths; hidden entries are skipped.
  static func walk(_ folder: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
    var result: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") {
        enumerator.skipDescendants()
        continue
      }
      var isDirectory: ObjCBool = false
      let full = folder + "/" + relative
      if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        result.append(relative)
      }
    }
    return result.sorted()
  }
}
