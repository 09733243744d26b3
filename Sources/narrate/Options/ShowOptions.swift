import ArgumentParser
import Foundation
import Narration

/// Flags for the show settings; each one overrides the same value in the show file.
///
/// The show file is `--show FILE`, or `podcast.yml` in the current folder when it exists. The
/// settings a feed was last written with are saved in the output folder's `show.json` and are
/// the starting point of the next run, so a base URL given once keeps applying.
struct ShowOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Show file (YAML; default: podcast.yml in the current folder, if any).", valueName: "file"))
  var show: String?

  @Option(name: .customLong("show-title"), help: "The show's title.")
  var showTitle: String?

  @Option(name: .customLong("show-description"), help: "What the show is about.")
  var showDescription: String?

  @Option(name: .customLong("author"), help: "The author shown by podcast apps.")
  var author: String?

  @Option(help: "The owner's name (for directories, not shown to listeners).")
  var ownerName: String?

  @Option(help: "The owner's e-mail address (Apple and Spotify verify the show with it).")
  var ownerEmail: String?

  @Option(help: "The show's language, such as en or en-us (default: the voice's).")
  var language: String?

  @Option(help: "Apple Podcasts category, such as News.")
  var category: String?

  @Option(help: "Apple Podcasts subcategory, such as 'Daily News'.")
  var subcategory: String?

  @Option(help: ArgumentHelp("Whether episodes are explicit.", valueName: "true|false"))
  var explicit: Bool?

  @Option(
    help: ArgumentHelp(
      "Cover art: a square JPEG or PNG file (1400–3000 px), or an https URL.",
      valueName: "file-or-url"))
  var image: String?

  @Option(
    help: ArgumentHelp(
      "Public base URL of the output folder, used in the feed's URLs (saved in show.json).",
      valueName: "url"))
  var baseURL: String?

  @Option(help: "The show's website (default: the base URL).")
  var link: String?

  @Option(help: "The copyright line.")
  var copyright: String?

  @Option(help: "The podcast:guid (default: UUIDv5 of the feed URL).")
  var podcastGUID: String?

  @Option(
    help: ArgumentHelp(
      "podcast:locked: true asks other platforms not to import the show.",
      valueName: "true|false"))
  var locked: Bool?

  @Option(help: "List at most this many episodes in the feed, newest first.")
  var limit: Int?

  /// The flags as one settings layer.
  var flags: ShowSettings {
    var settings = ShowSettings()
    settings.title = showTitle
    settings.description = showDescription
    settings.author = author
    if ownerName != nil || ownerEmail != nil {
      settings.owner = .init(name: ownerName, email: ownerEmail)
    }
    settings.language = language
    settings.category = category
    settings.subcategory = subcategory
    settings.explicit = explicit
    settings.image = image.map {
      $0.contains("://") ? $0 : URL(fileURLWithPath: $0).standardizedFileURL.path
    }
    settings.baseURL = baseURL
    settings.link = link
    settings.copyright = copyright
    settings.guid = podcastGUID
    settings.locked = locked
    settings.limit = limit
    return settings
  }

  /// The show file named by `--show`, or `podcast.yml` here when it exists.
  var showFile: URL? {
    if let show { return URL(fileURLWithPath: show) }
    let here = URL(fileURLWithPath: "podcast.yml")
    return FileManager.default.fileExists(atPath: here.path) ? here : nil
  }

  /// The show: defaults, then the folder's saved settings, the show file and the flags.
  ///
  /// `language` is used when no layer names one (the voice's language for a build).
  func channel(folder: OutputFolder?, language: String? = nil) throws(NarrationError)
    -> FeedChannel
  {
    var channel = FeedChannel()
    if let language { channel.language = language }
    if let saved = try folder?.savedChannel() { channel = saved }
    if let showFile { try ShowSettings.load(from: showFile).apply(to: &channel) }
    let flags = self.flags
    try flags.validate(name: "flags")
    flags.apply(to: &channel)
    if let problem = try AppleCategories.bundled().problem(
      category: channel.category, subcategory: channel.subcategory)
    {
      throw .invalidInput(showFile?.path ?? "flags", problem: problem)
    }
    return channel
  }
}
