import Foundation

/// Renders the podcast RSS feed for a show and its episodes.
///
/// A pure stage: the XML depends only on the channel and the episodes, never on the clock.
/// Episodes are listed newest first, ties broken by GUID, so the same folder always gives the same
/// bytes.
public struct PodcastFeed: Sendable {
  /// The show.
  public var channel: FeedChannel
  /// The episodes, in any order.
  public var episodes: [EpisodeSidecar]

  /// Creates a feed.
  public init(channel: FeedChannel, episodes: [EpisodeSidecar]) {
    self.channel = channel
    self.episodes = episodes
  }

  /// The episodes in feed order: newest first.
  public var orderedEpisodes: [EpisodeSidecar] {
    episodes.sorted { ($0.published, $1.guid) > ($1.published, $0.guid) }
  }

  /// The feed as RSS 2.0 with the iTunes and Podcasting 2.0 namespaces.
  public func xml() -> String {
    let c = channel
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" \
      xmlns:content="http://purl.org/rss/1.0/modules/content/" \
      xmlns:podcast="https://podcastindex.org/namespace/1.0">
      <channel>

      """
    func line(_ text: String) { out += "  " + text + "\n" }
    line("<title>\(XMLText.escape(c.title))</title>")
    line("<link>\(XMLText.escape(c.baseURL))</link>")
    line("<description>\(XMLText.escape(c.description))</description>")
    line("<language>\(XMLText.escape(c.language))</language>")
    line("<generator>narrate</generator>")
    line("<itunes:author>\(XMLText.escape(c.author))</itunes:author>")
    if let sub = c.subcategory {
      line(
        "<itunes:category text=\"\(XMLText.escape(c.category))\">"
          + "<itunes:category text=\"\(XMLText.escape(sub))\"/></itunes:category>")
    } else {
      line("<itunes:category text=\"\(XMLText.escape(c.category))\"/>")
    }
    line("<itunes:explicit>\(c.explicit)</itunes:explicit>")
    line("<itunes:type>episodic</itunes:type>")
    if let newest = orderedEpisodes.first {
      line("<lastBuildDate>\(RFC2822.format(newest.published))</lastBuildDate>")
    }
    for episode in orderedEpisodes {
      out += item(episode)
    }
    out += "</channel>\n</rss>\n"
    return out
  }

  private func item(_ episode: EpisodeSidecar) -> String {
    let url = channel.baseURL + "episodes/" + URLPath.encode(episode.audioFile)
    var out = "  <item>\n"
    func line(_ text: String) { out += "    " + text + "\n" }
    line("<title>\(XMLText.escape(episode.title))</title>")
    line("<description>\(XMLText.cdata(episode.description))</description>")
    if let link = episode.link { line("<link>\(XMLText.escape(link))</link>") }
    line("<guid isPermaLink=\"false\">\(XMLText.escape(episode.guid))</guid>")
    line("<pubDate>\(RFC2822.format(episode.published))</pubDate>")
    line(
      "<enclosure url=\"\(XMLText.escape(url))\" length=\"\(episode.byteSize)\" type=\"audio/mpeg\"/>"
    )
    line("<itunes:duration>\(Int(episode.durationSeconds.rounded()))</itunes:duration>")
    if let author = episode.author {
      line("<itunes:author>\(XMLText.escape(author))</itunes:author>")
    }
    line("<itunes:episodeType>full</itunes:episodeType>")
    line("<itunes:explicit>\(channel.explicit)</itunes:explicit>")
    out += "  </item>\n"
    return out
  }
}

/// Formats dates as RFC 2822 (`Mon, 04 Dec 2023 09:30:00 +0000`), the form RSS requires.
enum RFC2822 {
  private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  private static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  static func format(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let c = calendar.dateComponents(
      [.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
    func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
    return
      "\(days[(c.weekday ?? 1) - 1]), \(two(c.day)) \(months[(c.month ?? 1) - 1]) \(c.year ?? 1970) "
      + "\(two(c.hour)):\(two(c.minute)):\(two(c.second)) +0000"
  }
}

/// Percent-encodes a path segment so URLs stay ASCII (letters, digits, `-._~` kept).
enum URLPath {
  static func encode(_ segment: String) -> String {
    var result = ""
    for byte in segment.utf8 {
      let c = Character(Unicode.Scalar(byte))
      if byte < 0x80, c.isLetter || c.isNumber || "-._~".contains(c) {
        result.append(c)
      } else {
        result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return result
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
