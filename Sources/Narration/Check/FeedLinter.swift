import Foundation

/// Checks an output folder's `feed.xml` offline, the way podcast directories and apps would.
///
/// Required and recommended tags (Apple, Spotify, Podcasting 2.0), enclosure lengths against
/// the files, durations against the audio, cover art format and size, the category against
/// Apple's list, unique GUIDs and enclosure URLs, URL form, and the transcript and chapters
/// files. URLs under the feed's own folder (from its `atom:link rel="self"`) are mapped to the
/// files in the output folder.
public struct FeedLinter: Sendable {
  /// The folder holding `feed.xml`.
  public var folder: OutputFolder
  /// Apple's categories.
  public var categories: AppleCategories

  static let itunes = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
  static let podcast = "{https://podcastindex.org/namespace/1.0}"
  static let atom = "{http://www.w3.org/2005/Atom}"
  static let content = "{http://purl.org/rss/1.0/modules/content/}"

  /// Creates a linter for a folder.
  public init(folder: OutputFolder, categories: AppleCategories) {
    self.folder = folder
    self.categories = categories
  }

  /// Lints the folder's feed.
  public func lint() throws(NarrationError) -> LintReport {
    let data: Data
    do {
      data = try Data(contentsOf: folder.feed)
    } catch {
      throw .fileNotFound(folder.feed.path)
    }
    return lint(feed: data)
  }

  /// Lints feed bytes, reading the files it points at from the folder.
  public func lint(feed data: Data) -> LintReport {
    var run = Run(linter: self)
    run.check(data)
    return LintReport(feed: folder.feed.path, episodes: run.episodes, findings: run.findings)
  }

  /// One lint run's state.
  private struct Run {
    let linter: FeedLinter
    var findings: [LintReport.Finding] = []
    var episodes = 0
    var base: String?
    var location = "feed"

    init(linter: FeedLinter) { self.linter = linter }

    mutating func error(_ check: String, _ message: String) {
      findings.append(.init(severity: .error, check: check, message: message, location: location))
    }

    mutating func warning(_ check: String, _ message: String) {
      findings.append(.init(severity: .warning, check: check, message: message, location: location))
    }

    mutating func check(_ data: Data) {
      if data.starts(with: [0xEF, 0xBB, 0xBF]) {
        warning("xml.bom", "the file starts with a UTF-8 byte-order mark; some parsers reject it")
      }
      guard String(data: data, encoding: .utf8) != nil else {
        error("xml.utf8", "feed.xml is not valid UTF-8")
        return
      }
      let root: FeedXMLElement
      switch FeedXMLElement.parse(data) {
      case .success(let element): root = element
      case .failure(let failure):
        error("xml.wellformed", "not well-formed XML at line \(failure.line): \(failure.message)")
        return
      }
      let head = String(decoding: data.prefix(400), as: UTF8.self)
      if !head.contains("xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"") {
        error("rss.itunes-namespace", "the itunes namespace is missing or misspelled")
      }
      guard root.name == "rss", root.attributes["version"] == "2.0",
        let channel = root.child("channel")
      else {
        error("rss.root", "the document must be <rss version=\"2.0\"><channel>…")
        return
      }
      checkChannel(channel)
      var guids: [String: Int] = [:]
      var enclosures: [String: Int] = [:]
      let items = channel.children("item")
      episodes = items.count
      if items.isEmpty {
        location = "channel"
        warning("items.count", "the feed lists no episodes")
      }
      for (number, item) in items.enumerated() {
        location =
          "item \(number + 1) (\(item.value("title").map { String($0.prefix(40)) } ?? "?"))"
        checkItem(item, guids: &guids, enclosures: &enclosures)
      }
    }

    // MARK: Channel

    mutating func checkChannel(_ channel: FeedXMLElement) {
      location = "channel"
      let itunes = FeedLinter.itunes
      if let selfLink = channel.children(FeedLinter.atom + "link").first(where: {
        $0.attributes["rel"] == "self"
      })?.attributes["href"] {
        if let slash = selfLink.lastIndex(of: "/") {
          base = String(selfLink[...slash])
        }
        checkURL(selfLink, check: "channel.atom-link")
        if let guid = channel.value(FeedLinter.podcast + "guid"), UUID(uuidString: guid) != nil,
          guid.lowercased() != FeedChannel.podcastGUID(feedURL: selfLink)
        {
          warning(
            "podcast.guid-seed",
            "podcast:guid is not the UUIDv5 of the feed URL; fine if it was chosen for an earlier "
              + "address and kept, otherwise clients may treat this as another show")
        }
      } else {
        warning(
          "channel.atom-link",
          "no <atom:link rel=\"self\">: the feed does not say its own address")
        // Map URLs to files through the base URL the folder was last built with.
        base = (try? linter.folder.savedChannel())?.map { URLPath.encodeURL($0.baseURL) }
      }
      if let base,
        base.hasPrefix("http://127.") || base.hasPrefix("http://localhost")
          || base.hasPrefix("http://[::1]")
      {
        warning(
          "channel.not-public",
          "the feed points at \(base), which only this computer can reach; "
            + "set base_url in podcast.yml (or --base-url) to the public https address")
      }
      required(channel, "title", check: "channel.title")
      if let description = required(channel, "description", check: "channel.description") {
        bytes(description, check: "channel.description")
      }
      if let language = required(channel, "language", check: "channel.language"),
        !ShowSettings.isLanguageCode(language.lowercased())
      {
        error("channel.language", "'\(language)' is not an ISO 639 code such as en or en-us")
      }
      if let link = channel.value("link") {
        checkURL(link, check: "channel.link")
      } else {
        warning("channel.link", "no <link> to the show's website (recommended)")
      }
      for name in ["title", itunes + "author"] {
        if let value = channel.value(name), value.count > 255 {
          warning("channel.length", "<\(name)> is \(value.count) characters; Apple cuts at 255")
        }
      }
      checkImage(channel)
      checkCategory(channel)
      explicit(channel, required: true)
      if channel.value(itunes + "author")?.isEmpty ?? true {
        warning("channel.itunes-author", "no <itunes:author> (recommended)")
      }
      let email = channel.child(itunes + "owner")?.value(itunes + "email")
      if let email, email.contains("@") {
      } else {
        warning(
          "channel.itunes-owner",
          "no <itunes:owner><itunes:email>: Spotify rejects the feed and Apple cannot verify it; "
            + "set owner.email in podcast.yml")
      }
      if let type = channel.value(itunes + "type"), !["episodic", "serial"].contains(type) {
        error("channel.itunes-type", "<itunes:type> must be episodic or serial, not '\(type)'")
      }
      if let guid = channel.value(FeedLinter.podcast + "guid") {
        if UUID(uuidString: guid) == nil || guid.count != 36
          || guid[guid.index(guid.startIndex, offsetBy: 14)] != "5"
        {
          error("podcast.guid", "podcast:guid '\(guid)' is not a version-5 UUID")
        }
      } else {
        warning("podcast.guid", "no <podcast:guid> (recommended: UUIDv5 of the feed URL)")
      }
      if let locked = channel.value(FeedLinter.podcast + "locked"), !["yes", "no"].contains(locked)
      {
        error("podcast.locked", "<podcast:locked> must be yes or no, not '\(locked)'")
      }
    }

    mutating func checkImage(_ channel: FeedXMLElement) {
      guard let href = channel.child(FeedLinter.itunes + "image")?.attributes["href"], !href.isEmpty
      else {
        error(
          "channel.itunes-image",
          "no <itunes:image>: Apple requires cover art; set image in podcast.yml")
        return
      }
      checkURL(href, check: "channel.itunes-image")
      let path = URLComponents(string: href)?.path ?? href
      let lower = path.lowercased()
      guard let file = localFile(href) else {
        warning("channel.artwork", "cover art \(href) is not in the output folder; not checked")
        return
      }
      guard let header = try? FileHandle(forReadingFrom: file).read(upToCount: 1 << 16),
        let info = ImageInfo(bytes: Array(header))
      else {
        error("channel.artwork", "cover art \(file.lastPathComponent) is not a JPEG or PNG file")
        return
      }
      let extensionMatches =
        info.format == .png
        ? lower.hasSuffix(".png") : (lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg"))
      if !extensionMatches {
        error("channel.artwork", "cover art is \(info.format.rawValue) but its URL ends otherwise")
      }
      if let problem = info.problem {
        error(
          "channel.artwork",
          "cover art \(file.lastPathComponent): \(problem) (Apple: square RGB JPEG or PNG, "
            + "1400–3000 px)")
      }
    }

    mutating func checkCategory(_ channel: FeedXMLElement) {
      let all = channel.children(FeedLinter.itunes + "category")
      guard let category = all.first else {
        error("channel.itunes-category", "no <itunes:category>: Apple requires one")
        return
      }
      let name = category.attributes["text"] ?? ""
      let sub = category.child(FeedLinter.itunes + "category")?.attributes["text"]
      if let problem = linter.categories.problem(category: name, subcategory: sub) {
        error("channel.itunes-category", problem)
      }
    }

    // MARK: Items

    mutating func checkItem(
      _ item: FeedXMLElement, guids: inout [String: Int], enclosures: inout [String: Int]
    ) {
      let itunes = FeedLinter.itunes
      if let title = required(item, "title", check: "item.title"), title.count > 255 {
        warning("item.title", "the title is \(title.count) characters; Apple cuts at 255")
      }
      if let guid = item.child("guid"), !guid.text.isEmpty {
        let value = guid.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let first = guids[value] {
          error("item.guid-unique", "GUID \(value) repeats item \(first)'s; apps show only one")
        } else {
          guids[value] = guids.count + 1
        }
        if guid.attributes["isPermaLink", default: "true"] == "true",
          !(value.hasPrefix("http://") || value.hasPrefix("https://"))
        {
          warning("item.guid", "the GUID is not a URL: add isPermaLink=\"false\"")
        }
      } else {
        error("item.guid", "no <guid>: apps fall back to the enclosure URL and may re-download")
      }
      if let date = required(item, "pubDate", check: "item.pubDate") {
        if let parsed = RFC2822.parse(date) {
          if parsed > Date().addingTimeInterval(3600) {
            warning("item.pubDate", "\(date) is in the future; apps may hide the episode")
          }
        } else {
          error("item.pubDate", "'\(date)' is not an RFC 2822 date with a time zone")
        }
      }
      if let description = item.child("description")?.text {
        bytes(description, check: "item.description")
      } else {
        warning("item.description", "no <description> (recommended)")
      }
      if let text = item.value(itunes + "episodeType"),
        !["full", "trailer", "bonus"].contains(text)
      {
        error("item.itunes-episodeType", "must be full, trailer or bonus, not '\(text)'")
      }
      explicit(item, required: false)
      checkEnclosure(item, enclosures: &enclosures)
      checkTranscripts(item)
      checkChapters(item)
    }

    mutating func checkEnclosure(_ item: FeedXMLElement, enclosures: inout [String: Int]) {
      let all = item.children("enclosure")
      guard let enclosure = all.first else {
        error("item.enclosure", "no <enclosure>: the episode has no audio")
        return
      }
      if all.count > 1 {
        warning("item.enclosure", "\(all.count) enclosures: apps use only one")
      }
      let url = enclosure.attributes["url"] ?? ""
      checkURL(url, check: "item.enclosure-url")
      if let first = enclosures[url] {
        error("item.enclosure-unique", "enclosure URL repeats item \(first)'s; Apple ignores it")
      } else {
        enclosures[url] = enclosures.count + 1
      }
      let type = enclosure.attributes["type"] ?? ""
      let length = enclosure.attributes["length"] ?? ""
      let declared = Int(length) ?? 0
      if declared <= 0 || !length.allSatisfy(\.isNumber) {
        error("item.enclosure-length", "length '\(length)' must be the file size in bytes")
      }
      let duration = item.value(FeedLinter.itunes + "duration")
      let tagged = duration.flatMap(Self.seconds)
      if duration == nil {
        warning("item.itunes-duration", "no <itunes:duration> (recommended, in seconds)")
      } else if tagged == nil {
        error("item.itunes-duration", "'\(duration ?? "")' is not seconds or [H:]MM:SS")
      }
      guard let file = localFile(url) else {
        warning("item.enclosure-file", "\(url) is not a file in the output folder; not checked")
        return
      }
      guard let data = try? Data(contentsOf: file) else {
        error("item.enclosure-file", "\(url) points at \(file.path), which does not exist")
        return
      }
      if declared > 0, declared != data.count {
        error(
          "item.enclosure-length",
          "length \(declared) but \(file.lastPathComponent) has \(data.count) bytes; "
            + "run `narrate feed` to rebuild the feed")
      }
      let bytes = Array(data)
      let isMP3 =
        bytes.starts(with: Array("ID3".utf8))
        || (bytes.count > 1 && bytes[0] == 0xFF && bytes[1] & 0xE0 == 0xE0)
      if isMP3, type != "audio/mpeg" {
        error("item.enclosure-type", "type '\(type)' but the file is MP3 (audio/mpeg)")
      } else if !isMP3, type == "audio/mpeg" {
        error("item.enclosure-type", "type audio/mpeg but \(file.lastPathComponent) is not MP3")
      }
      if isMP3, let tagged, let real = MP3Duration.seconds(of: bytes) {
        if abs(Double(tagged) - real) > max(2, 0.02 * real) {
          error(
            "item.itunes-duration",
            "itunes:duration is \(tagged) s but the audio lasts \(String(format: "%.1f", real)) s")
        }
      }
    }

    mutating func checkTranscripts(_ item: FeedXMLElement) {
      let types = [
        "text/vtt", "application/x-subrip", "application/srt", "application/json",
        "text/html", "text/plain",
      ]
      for transcript in item.children(FeedLinter.podcast + "transcript") {
        let url = transcript.attributes["url"] ?? ""
        let type = transcript.attributes["type"] ?? ""
        checkURL(url, check: "podcast.transcript-url")
        if !types.contains(type) {
          error("podcast.transcript-type", "transcript type '\(type)' is not one the spec names")
        }
        guard let file = localFile(url) else {
          warning("podcast.transcript-file", "\(url) is not in the output folder; not checked")
          continue
        }
        guard let data = try? Data(contentsOf: file) else {
          error("podcast.transcript-file", "\(url) points at a file that does not exist")
          continue
        }
        let text = String(decoding: data, as: UTF8.self)
        let problem: String?
        switch type {
        case "text/vtt":
          problem =
            text.hasPrefix("WEBVTT") || text.hasPrefix("\u{FEFF}WEBVTT")
            ? nil : "does not start with WEBVTT"
        case "application/x-subrip", "application/srt":
          problem =
            text.range(of: #"\d\d:\d\d:\d\d,\d{3} --> "#, options: .regularExpression) == nil
            ? "has no SubRip timing line" : nil
        case "application/json":
          let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
          problem = object?["segments"] is [Any] ? nil : "is not JSON with a segments list"
        default:
          problem = nil
        }
        if let problem {
          error("podcast.transcript-file", "\(file.lastPathComponent) \(problem)")
        }
      }
    }

    mutating func checkChapters(_ item: FeedXMLElement) {
      guard let chapters = item.child(FeedLinter.podcast + "chapters") else { return }
      let url = chapters.attributes["url"] ?? ""
      checkURL(url, check: "podcast.chapters-url")
      if chapters.attributes["type"] != "application/json+chapters" {
        error("podcast.chapters-type", "chapters type must be application/json+chapters")
      }
      guard let file = localFile(url) else {
        warning("podcast.chapters-file", "\(url) is not in the output folder; not checked")
        return
      }
      guard let data = try? Data(contentsOf: file) else {
        error("podcast.chapters-file", "\(url) points at a file that does not exist")
        return
      }
      guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        object["version"] is String, let list = object["chapters"] as? [[String: Any]]
      else {
        error(
          "podcast.chapters-file",
          "\(file.lastPathComponent) is not chapters JSON ({\"version\", \"chapters\": […]})")
        return
      }
      let starts = list.compactMap { ($0["startTime"] as? NSNumber)?.doubleValue }
      if starts.count != list.count || list.contains(where: { $0["title"] == nil }) {
        error("podcast.chapters-file", "every chapter needs a numeric startTime and a title")
      } else if starts != starts.sorted() {
        error("podcast.chapters-file", "chapters are not in ascending startTime order")
      }
    }

    // MARK: Shared checks

    @discardableResult
    mutating func required(_ element: FeedXMLElement, _ name: String, check: String) -> String? {
      guard let value = element.value(name), !value.isEmpty else {
        error(check, "<\(name)> is missing or empty")
        return nil
      }
      if let raw = element.child(name)?.text, raw != value, name != "description" {
        warning(check, "<\(name)> has leading or trailing white space")
      }
      return value
    }

    mutating func bytes(_ text: String, check: String) {
      let count = text.utf8.count
      if count > PodcastFeed.descriptionLimit {
        error(check, "\(count) bytes; Apple's limit is \(PodcastFeed.descriptionLimit)")
      }
    }

    mutating func explicit(_ element: FeedXMLElement, required: Bool) {
      guard let value = element.value(FeedLinter.itunes + "explicit") else {
        if required { error("channel.itunes-explicit", "no <itunes:explicit>: Apple requires it") }
        return
      }
      if !["true", "false"].contains(value) {
        warning("itunes-explicit", "<itunes:explicit> should be true or false, not '\(value)'")
      }
    }

    mutating func checkURL(_ url: String, check: String) {
      guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
        error(check, "'\(url)' is not an absolute http(s) URL")
        return
      }
      if url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value >= 0x7F }) {
        error(check, "'\(url)' has spaces or non-ASCII characters; they must be percent-encoded")
      }
      if url.hasPrefix("http://"), !(base.map { url.hasPrefix($0) && isLocal($0) } ?? false) {
        warning(check, "'\(url)' uses http; Apple and Google ask for https")
      }
    }

    func isLocal(_ url: String) -> Bool {
      ["http://127.", "http://localhost", "http://[::1]"].contains { url.hasPrefix($0) }
    }

    /// The file in the output folder a URL names, if it is under the feed's own folder.
    func localFile(_ url: String) -> URL? {
      guard let base, url.hasPrefix(base) else { return nil }
      let relative = String(url.dropFirst(base.count))
      let path = (relative.removingPercentEncoding ?? relative)
      let parts = path.split(separator: "/").map(String.init)
      guard !parts.isEmpty, !parts.contains("..") else { return nil }
      return parts.reduce(linter.folder.root) { $0.appendingPathComponent($1) }
    }

    /// Seconds from `itunes:duration`: `SS`, `MM:SS` or `HH:MM:SS`.
    static func seconds(_ text: String) -> Int? {
      let parts = text.split(separator: ":", omittingEmptySubsequences: false)
      guard (1...3).contains(parts.count) else { return nil }
      var total = 0
      for part in parts {
        guard !part.isEmpty, part.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(part)
        else { return nil }
        total = total * 60 + n
      }
      return total
    }
  }
}
