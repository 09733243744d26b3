import Foundation

/// Renders the podcast RSS feed for a show and its episodes.
///
/// A pure stage: the XML depends only on the channel, the episodes and their attachments, never
/// on the clock. Episodes are listed newest first, ties broken by GUID, so the same folder always
/// gives the same bytes. Every text is escaped (or put in CDATA split around `]]>`), every URL is
/// absolute and percent-encoded ASCII, and descriptions are cut to Apple's 4,000 bytes.
public struct PodcastFeed: Sendable {
  /// The show.
  public var channel: FeedChannel
  /// The episodes, in any order.
  public var episodes: [EpisodeSidecar]
  /// Transcripts and chapters that exist, by episode slug.
  public var attachments: [String: EpisodeAttachments]

  /// Apple's limit for descriptions, in UTF-8 bytes.
  public static let descriptionLimit = 4000

  /// Creates a feed.
  public init(
    channel: FeedChannel, episodes: [EpisodeSidecar],
    attachments: [String: EpisodeAttachments] = [:]
  ) {
    self.channel = channel
    self.episodes = episodes
    self.attachments = attachments
  }

  /// The episodes in feed order: newest first, at most the channel's limit.
  public var orderedEpisodes: [EpisodeSidecar] {
    let sorted = episodes.sorted { ($0.published, $1.guid) > ($1.published, $0.guid) }
    guard let limit = channel.episodeLimit else { return sorted }
    return Array(sorted.prefix(max(0, limit)))
  }

  /// The absolute URL of a file in the output folder (a path relative to it, `/`-separated).
  public func url(forFile path: String) -> String {
    URLPath.encodeURL(channel.baseURL)
      + path.split(separator: "/").map { URLPath.encode(String($0)) }.joined(separator: "/")
  }

  /// The cover art's absolute URL, when there is cover art.
  public var imageURL: String? {
    guard let image = channel.image, !image.isEmpty else { return nil }
    if image.hasPrefix("https://") || image.hasPrefix("http://") {
      return URLPath.encodeURL(image)
    }
    return url(forFile: image)
  }

  /// The feed as RSS 2.0 with the iTunes, content, Atom and Podcasting 2.0 namespaces.
  public func xml() -> String {
    let c = channel
    let episodes = orderedEpisodes
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" \
      xmlns:content="http://purl.org/rss/1.0/modules/content/" \
      xmlns:podcast="https://podcastindex.org/namespace/1.0" \
      xmlns:atom="http://www.w3.org/2005/Atom">
      <channel>

      """
    func line(_ text: String) { out += "  " + text + "\n" }
    func element(_ name: String, _ value: String) {
      line("<\(name)>\(XMLText.escape(value))</\(name)>")
    }
    let title = FeedText.oneLine(c.title)
    let link = URLPath.encodeURL(c.link ?? c.baseURL)
    element("title", title)
    element("link", link)
    line(
      "<atom:link href=\"\(XMLText.escape(c.feedURL))\" rel=\"self\" "
        + "type=\"application/rss+xml\"/>")
    element(
      "description",
      FeedText.truncate(
        c.description.trimmingCharacters(in: .whitespacesAndNewlines),
        bytes: Self.descriptionLimit))
    element("language", c.language)
    if let copyright = c.copyright { element("copyright", FeedText.oneLine(copyright)) }
    element("generator", "narrate")
    if let newest = episodes.first {
      element("lastBuildDate", RFC2822.format(newest.published))
    }
    if let imageURL {
      line(
        "<image><url>\(XMLText.escape(imageURL))</url><title>\(XMLText.escape(title))</title>"
          + "<link>\(XMLText.escape(link))</link></image>")
      line("<itunes:image href=\"\(XMLText.escape(imageURL))\"/>")
    }
    element("itunes:author", FeedText.oneLine(c.author))
    if c.ownerName != nil || c.ownerEmail != nil {
      var owner = "<itunes:owner>"
      if let name = c.ownerName {
        owner += "<itunes:name>\(XMLText.escape(FeedText.oneLine(name)))</itunes:name>"
      }
      if let email = c.ownerEmail {
        owner += "<itunes:email>\(XMLText.escape(email))</itunes:email>"
      }
      line(owner + "</itunes:owner>")
    }
    if let sub = c.subcategory {
      line(
        "<itunes:category text=\"\(XMLText.escape(c.category))\">"
          + "<itunes:category text=\"\(XMLText.escape(sub))\"/></itunes:category>")
    } else {
      line("<itunes:category text=\"\(XMLText.escape(c.category))\"/>")
    }
    element("itunes:explicit", c.explicit ? "true" : "false")
    element("itunes:type", "episodic")
    element("podcast:guid", c.resolvedPodcastGUID)
    let ownerAttribute = c.ownerEmail.map { " owner=\"\(XMLText.escape($0))\"" } ?? ""
    line("<podcast:locked\(ownerAttribute)>\(c.locked ? "yes" : "no")</podcast:locked>")
    for episode in episodes {
      out += item(episode)
    }
    out += "</channel>\n</rss>\n"
    return out
  }

  private func item(_ episode: EpisodeSidecar) -> String {
    var out = "  <item>\n"
    func line(_ text: String) { out += "    " + text + "\n" }
    func element(_ name: String, _ value: String) {
      line("<\(name)>\(XMLText.escape(value))</\(name)>")
    }
    element("title", FeedText.oneLine(episode.title))
    // RSS descriptions are HTML: the plain text goes in escaped paragraphs, so `<b>` shows as
    // written and clients that strip tags keep the paragraph breaks.
    let description = FeedText.html(
      paragraphs: episode.description, bytes: Self.descriptionLimit)
    line("<description>\(XMLText.cdata(description))</description>")
    if let text = episode.articleText, !text.isEmpty {
      line("<content:encoded>\(XMLText.cdata(FeedText.html(paragraphs: text)))</content:encoded>")
    }
    if let link = episode.link { element("link", URLPath.encodeURL(link)) }
    line("<guid isPermaLink=\"false\">\(XMLText.escape(episode.guid))</guid>")
    element("pubDate", RFC2822.format(episode.published))
    line(
      "<enclosure url=\"\(XMLText.escape(url(forFile: "episodes/" + episode.audioFile)))\" "
        + "length=\"\(episode.byteSize)\" type=\"audio/mpeg\"/>")
    element("itunes:duration", String(Int(episode.durationSeconds.rounded())))
    if let author = episode.author { element("itunes:author", FeedText.oneLine(author)) }
    element("itunes:episodeType", "full")
    element("itunes:explicit", channel.explicit ? "true" : "false")
    let files = attachments[episode.slug] ?? EpisodeAttachments()
    for transcript in files.transcripts {
      line(
        "<podcast:transcript url=\"\(XMLText.escape(url(forFile: "episodes/" + transcript.file)))\" "
          + "type=\"\(XMLText.escape(transcript.type))\" "
          + "language=\"\(XMLText.escape(episode.language))\""
          + (transcript.type == "text/vtt" ? " rel=\"captions\"" : "") + "/>")
    }
    if let chapters = files.chapters {
      line(
        "<podcast:chapters url=\"\(XMLText.escape(url(forFile: "episodes/" + chapters)))\" "
          + "type=\"application/json+chapters\"/>")
    }
    out += "  </item>\n"
    return out
  }
}
