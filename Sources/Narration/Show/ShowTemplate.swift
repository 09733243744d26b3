import Foundation

/// Writes the commented show file (`podcast.yml`) that `narrate init` creates.
///
/// The text is the data file `Resources/Show/podcast.yml`; this fills in its `{{name}}`
/// placeholders with quoted values and drops its `##` notes.
public enum ShowTemplate {
  /// The show file for a channel, with Apple's category list in comments.
  public static func render(_ channel: FeedChannel) throws(NarrationError) -> String {
    let template = try Resources.text(at: Resources.url("Show/podcast.yml"))
    let categories = try AppleCategories.bundled()
    let values: [String: String] = [
      "title": quote(channel.title),
      "description": quote(channel.description),
      "author": quote(channel.author),
      "owner_name": quote(channel.ownerName),
      "owner_email": quote(channel.ownerEmail),
      "language": quote(channel.language),
      "categories": categories.commentLines.joined(separator: "\n"),
      "category": quote(channel.category),
      "subcategory": quote(channel.subcategory),
      "explicit": channel.explicit ? "true" : "false",
      "image": quote(channel.image),
      "base_url": channel.baseURL == FeedChannel.localBaseURL ? "null" : quote(channel.baseURL),
      "link": quote(channel.link),
      "copyright": quote(channel.copyright),
      "guid": quote(channel.podcastGUID),
      "locked": channel.locked ? "true" : "false",
      "limit": channel.episodeLimit.map(String.init) ?? "null",
    ]
    var lines: [String] = []
    var inHeader = true
    for line in template.split(separator: "\n", omittingEmptySubsequences: false) {
      if inHeader {
        if line.hasPrefix("## ---") { inHeader = false }
        continue
      }
      guard !line.hasPrefix("##") else { continue }
      var text = String(line)
      for (key, value) in values {
        text = text.replacingAll("{{" + key + "}}", with: value)
      }
      lines.append(text)
    }
    return lines.joined(separator: "\n")
  }

  /// A YAML double-quoted scalar (JSON's string syntax is valid YAML), or `null`.
  static func quote(_ value: String?) -> String {
    guard let value else { return "null" }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }
}
