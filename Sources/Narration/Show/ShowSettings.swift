import Foundation
import Yams

/// One layer of show settings: the values a show file (`podcast.yml`) or flags give.
///
/// Every value is optional; ``apply(to:)`` overlays the ones given onto a ``FeedChannel``, so
/// defaults, the saved `show.json`, the show file and flags stack in that order.
public struct ShowSettings: Sendable, Hashable, Codable {
  /// The show's title.
  public var title: String?
  /// What the show is about.
  public var description: String?
  /// The author shown by podcast apps.
  public var author: String?
  /// The owner, for directories (Apple, Spotify) to verify the show.
  public var owner: Owner?
  /// The show's language, such as `en` or `en-us`.
  public var language: String?
  /// The Apple Podcasts category.
  public var category: String?
  /// The Apple Podcasts subcategory.
  public var subcategory: String?
  /// Whether episodes contain explicit content.
  public var explicit: Bool?
  /// The cover art: a JPEG or PNG file (relative to the show file) or an absolute URL.
  public var image: String?
  /// The public address of the output folder.
  public var baseURL: String?
  /// The show's website.
  public var link: String?
  /// The copyright line.
  public var copyright: String?
  /// The `podcast:guid`, once chosen; derived from the feed URL when not set.
  public var guid: String?
  /// Whether other platforms may not import the show (`podcast:locked`).
  public var locked: Bool?
  /// The most episodes the feed lists.
  public var limit: Int?

  /// The show's owner.
  public struct Owner: Sendable, Hashable, Codable {
    /// The owner's name.
    public var name: String?
    /// The owner's e-mail address.
    public var email: String?

    /// Creates an owner.
    public init(name: String? = nil, email: String? = nil) {
      self.name = name
      self.email = email
    }
  }

  enum CodingKeys: String, CodingKey {
    case title, description, author, owner, language, category, subcategory, explicit, image
    case baseURL = "base_url"
    case link, copyright, guid, locked, limit
  }

  /// Creates settings that give no values.
  public init() {}

  /// Overlays the values given onto a channel.
  public func apply(to channel: inout FeedChannel) {
    if let title { channel.title = title }
    if let description { channel.description = description }
    if let author { channel.author = author }
    if let name = owner?.name { channel.ownerName = name }
    if let email = owner?.email { channel.ownerEmail = email }
    if let language { channel.language = language }
    if let category {
      channel.category = category
      // A new category without a subcategory must not keep the old category's subcategory.
      channel.subcategory = subcategory
    } else if let subcategory {
      channel.subcategory = subcategory
    }
    if let explicit { channel.explicit = explicit }
    if let image { channel.image = image }
    if let baseURL { channel.baseURL = FeedChannel.folderURL(baseURL) }
    if let link { channel.link = link }
    if let copyright { channel.copyright = copyright }
    if let guid { channel.podcastGUID = guid }
    if let locked { channel.locked = locked }
    if let limit { channel.episodeLimit = limit }
  }

  /// Decodes settings from YAML text; `folder` resolves a relative image path.
  public static func parse(yaml: String, name: String, folder: URL? = nil)
    throws(NarrationError) -> ShowSettings
  {
    var settings = ShowSettings()
    let hasContent = yaml.split(separator: "\n").contains {
      let line = $0.trimmingCharacters(in: .whitespaces)
      return !line.isEmpty && !line.hasPrefix("#") && line != "---"
    }
    guard hasContent else { return settings }
    do {
      settings = try YAMLDecoder().decode(ShowSettings?.self, from: yaml) ?? ShowSettings()
    } catch {
      throw .invalidInput(name, problem: "not a valid show file: \(Self.describe(error))")
    }
    if let image = settings.image, !image.contains("://"), !image.hasPrefix("/"), let folder {
      settings.image = folder.appendingPathComponent(image).standardizedFileURL.path
    }
    try settings.validate(name: name)
    return settings
  }

  /// Reads a show file.
  public static func load(from url: URL) throws(NarrationError) -> ShowSettings {
    guard FileManager.default.fileExists(atPath: url.path) else { throw .fileNotFound(url.path) }
    let text = try Resources.text(at: url)
    return try parse(yaml: text, name: url.path, folder: url.deletingLastPathComponent())
  }

  /// Checks the values that have a fixed form: category, language, URLs, e-mail, limit.
  public func validate(name: String) throws(NarrationError) {
    if let category,
      let problem = try AppleCategories.bundled().problem(
        category: category, subcategory: subcategory)
    {
      throw .invalidInput(name, problem: problem)
    }
    if let language, !ShowSettings.isLanguageCode(language) {
      throw .invalidInput(
        name, problem: "language '\(language)' is not an ISO 639 code such as 'en' or 'en-us'")
    }
    if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
      throw .invalidInput(
        name, problem: "base URL '\(baseURL)' must start with https:// (or http://)")
    }
    if let email = owner?.email, !email.contains("@") {
      throw .invalidInput(name, problem: "owner e-mail '\(email)' has no '@'")
    }
    if let limit, limit < 1 {
      throw .invalidInput(name, problem: "limit must be at least 1 (got \(limit))")
    }
    if let guid, UUID(uuidString: guid) == nil {
      throw .invalidInput(name, problem: "guid '\(guid)' is not a UUID")
    }
  }

  /// Whether a value looks like an ISO 639 language code with an optional region (`en-us`).
  public static func isLanguageCode(_ value: String) -> Bool {
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, (2...3).contains(first.count),
      first.allSatisfy({ $0.isASCII && $0.isLowercase })
    else { return false }
    return parts.dropFirst().allSatisfy { part in
      (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
  }

  private static func describe(_ error: any Error) -> String {
    if let yaml = error as? YamlError { return "\(yaml)" }
    if case DecodingError.typeMismatch(_, let context) = error {
      return "wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
    }
    if case DecodingError.dataCorrupted(let context) = error {
      return
        "\(context.debugDescription) at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
    }
    return "\(error)"
  }
}
