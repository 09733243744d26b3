import Foundation

/// What an episode's MP3 says about itself: the fields of its ID3 tag, chapters aside.
public struct EpisodeMetadata: Sendable, Hashable {
  /// The episode title (`TIT2`).
  public var title: String
  /// The author (`TPE1`).
  public var author: String
  /// The show (`TALB`).
  public var show: String
  /// The publication date (`TYER` and `TDAT`, in UTC), when known.
  public var date: Date?
  /// A short description (`COMM`).
  public var description: String
  /// The language as a BCP 47 tag such as `en-us` (`TLAN`, as ISO 639-2).
  public var language: String
  /// The cover art (`APIC`), when the show has one.
  public var cover: CoverImage?
  /// Which software made the file (`TSSE`).
  public var encodedBy: String

  /// Creates metadata.
  public init(
    title: String, author: String, show: String, date: Date?, description: String,
    language: String, cover: CoverImage?, encodedBy: String
  ) {
    self.title = title
    self.author = author
    self.show = show
    self.date = date
    self.description = description
    self.language = language
    self.cover = cover
    self.encodedBy = encodedBy
  }

  /// The ID3 tag with these fields and the chapters (CHAP frames listed by a CTOC).
  ///
  /// A table of contents lists at most 255 entries, so longer lists go into nested tables.
  public func tag(chapters: [Chapter], languages: [String: String]) -> ID3Tag {
    let code = languages[String(language.lowercased().prefix(2))] ?? "und"
    var frames: [ID3Tag.Frame] = [
      .text(.init(id: "TIT2", text: title)),
      .text(.init(id: "TPE1", text: author)),
      .text(.init(id: "TALB", text: show)),
      .text(.init(id: "TCON", text: "Podcast")),
      .text(.init(id: "TLAN", text: code)),
    ]
    if let date {
      let parts = Calendar(identifier: .gregorian).dateComponents(
        in: TimeZone(identifier: "UTC") ?? .current, from: date)
      let day = parts.day ?? 1
      let month = parts.month ?? 1
      frames.append(.text(.init(id: "TYER", text: String(parts.year ?? 1970))))
      frames.append(
        .text(
          .init(
            id: "TDAT",
            text: (day < 10 ? "0" : "") + "\(day)" + (month < 10 ? "0" : "")
              + "\(month)")))
    }
    if !description.isEmpty { frames.append(.comment(language: code, text: description)) }
    frames.append(.text(.init(id: "TSSE", text: encodedBy)))
    if let cover { frames.append(.picture(mimeType: cover.mimeType, data: cover.data)) }
    let ids = chapters.indices.map { "chp\($0)" }
    if ids.count <= 255 {
      frames.append(.tableOfContents(id: "toc", topLevel: true, children: ids, title: title))
    } else {
      let groups = stride(from: 0, to: ids.count, by: 255).map {
        Array(ids[$0..<min($0 + 255, ids.count)])
      }
      let tables = groups.indices.map { "toc\($0 + 1)" }
      frames.append(.tableOfContents(id: "toc", topLevel: true, children: tables, title: title))
      for (table, group) in zip(tables, groups) {
        frames.append(.tableOfContents(id: table, topLevel: false, children: group, title: ""))
      }
    }
    for (id, chapter) in zip(ids, chapters) {
      frames.append(.chapter(id: id, start: chapter.start, end: chapter.end, title: chapter.title))
    }
    return ID3Tag(frames: frames)
  }

  /// The ISO 639-1 → 639-2 table from `Resources/Audio/languages.tsv`.
  public static func bundledLanguages() throws(NarrationError) -> [String: String] {
    let text = try Resources.text(at: Resources.url("Audio/languages.tsv"))
    var table: [String: String] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t")
      if fields.count == 2 { table[String(fields[0])] = String(fields[1]) }
    }
    return table
  }
}
