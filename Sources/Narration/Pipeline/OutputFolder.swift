import Crypto
import Foundation

/// The output folder's layout: `episodes/<slug>.mp3`, `episodes/<slug>.json` and `feed.xml`.
public struct OutputFolder: Sendable {
  /// The folder itself.
  public var root: URL

  /// Creates a view of a folder (nothing is created until ``prepare()``).
  public init(root: URL) {
    self.root = root
  }

  /// Where episodes and their sidecars go.
  public var episodes: URL { root.appendingPathComponent("episodes", isDirectory: true) }
  /// The feed.
  public var feed: URL { root.appendingPathComponent("feed.xml") }

  /// The MP3 of an episode.
  public func audio(slug: String) -> URL { episodes.appendingPathComponent(slug + ".mp3") }
  /// The sidecar of an episode.
  public func sidecar(slug: String) -> URL { episodes.appendingPathComponent(slug + ".json") }

  /// Creates the folders and checks that they can be written, with a clear error if not.
  public func prepare() throws(NarrationError) {
    do {
      try FileManager.default.createDirectory(at: episodes, withIntermediateDirectories: true)
    } catch {
      throw .outputNotWritable(root.path, reason: Self.reason(error))
    }
    guard FileManager.default.isWritableFile(atPath: episodes.path) else {
      throw .outputNotWritable(episodes.path, reason: "permission denied")
    }
  }

  /// Removes the temporary files that a killed run left behind, and returns those it could not.
  ///
  /// Call it only while holding the folder's ``OutputLock`` and before anything is written:
  /// then no other process can be writing one of them.
  public func removeLeftoverTemporaryFiles() -> [String] {
    var kept: [String] = []
    for folder in [root, episodes] {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
        let url = folder.appendingPathComponent(name)
        do {
          try FileManager.default.removeItem(at: url)
        } catch {
          kept.append(url.path)
        }
      }
    }
    return kept
  }

  /// The sidecar of an episode, if one was built before.
  public func existingSidecar(slug: String) -> EpisodeSidecar? {
    let url = sidecar(slug: slug)
    guard let data = try? Data(contentsOf: url) else { return nil }
    return try? EpisodeSidecar.decode(data, name: url.path)
  }

  /// Every episode's sidecar whose audio file exists, sorted by slug.
  public func sidecars() throws(NarrationError) -> [EpisodeSidecar] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: episodes.path)
    } catch {
      return []
    }
    var result: [EpisodeSidecar] = []
    // Sidecars are `<slug>.json`; slugs have no dots, so `<slug>.transcript.json` and
    // `<slug>.chapters.json` beside them are not sidecars.
    for name in names.sorted()
    where name.hasSuffix(".json") && !name.hasPrefix(".") && !name.dropLast(5).contains(".") {
      let url = episodes.appendingPathComponent(name)
      let data: Data
      do {
        data = try Data(contentsOf: url)
      } catch {
        throw .unreadable(url.path, reason: Self.reason(error))
      }
      let sidecar = try EpisodeSidecar.decode(data, name: url.path)
      if FileManager.default.fileExists(
        atPath: episodes.appendingPathComponent(sidecar.audioFile).path)
      {
        result.append(sidecar)
      }
    }
    return result
  }

  /// The show settings the feed was last written with (`show.json`).
  public var showFile: URL { root.appendingPathComponent("show.json") }

  /// The transcripts and chapters that exist beside an episode's audio.
  public func attachments(slug: String) -> EpisodeAttachments {
    func exists(_ name: String) -> Bool {
      FileManager.default.fileExists(atPath: episodes.appendingPathComponent(name).path)
    }
    let chapters = EpisodeAttachments.chaptersFile(slug: slug)
    return EpisodeAttachments(
      transcripts: EpisodeAttachments.candidates(slug: slug).filter { exists($0.file) },
      chapters: exists(chapters) ? chapters : nil)
  }

  /// The feed for the sidecars in the folder, with the attachments that exist.
  public func feed(channel: FeedChannel) throws(NarrationError) -> PodcastFeed {
    let episodes = try sidecars()
    var attachments: [String: EpisodeAttachments] = [:]
    for episode in episodes { attachments[episode.slug] = self.attachments(slug: episode.slug) }
    return PodcastFeed(channel: channel, episodes: episodes, attachments: attachments)
  }

  /// Rewrites `feed.xml` (and `show.json`) atomically from the sidecars in the folder.
  ///
  /// A cover image given as a local file is first copied into the folder (see
  /// ``publishImage(of:)``). Returns the number of episodes listed.
  @discardableResult
  public func writeFeed(channel: FeedChannel) throws(NarrationError) -> Int {
    let channel = try publishImage(of: channel)
    let feed = try self.feed(channel: channel)
    try AtomicFile.write(Array(feed.xml().utf8), to: self.feed)
    try AtomicFile.write(Self.encode(channel), to: showFile)
    return feed.orderedEpisodes.count
  }

  /// The show settings saved by the last ``writeFeed(channel:)``, if any.
  public func savedChannel() throws(NarrationError) -> FeedChannel? {
    guard let data = try? Data(contentsOf: showFile) else { return nil }
    do {
      return try JSONDecoder().decode(FeedChannel.self, from: data)
    } catch {
      throw .invalidInput(
        showFile.path, problem: "unreadable show settings (\(error)); delete it and give --show")
    }
  }

  /// The channel with its cover art inside the folder: a local image file is copied to
  /// `cover-<hash>.<ext>` (the name changes when the art does, as Apple asks).
  public func publishImage(of channel: FeedChannel) throws(NarrationError) -> FeedChannel {
    guard let image = channel.image, !image.contains("://") else { return channel }
    let inside = root.appendingPathComponent(image)
    if !image.hasPrefix("/"), !image.contains(".."),
      FileManager.default.fileExists(atPath: inside.path)
    {
      return channel
    }
    let source = URL(fileURLWithPath: image)
    let bytes: Data
    do {
      bytes = try Data(contentsOf: source)
    } catch {
      throw .unreadable(image, reason: Self.reason(error))
    }
    guard let format = ImageInfo(bytes: Array(bytes.prefix(1 << 16)))?.format else {
      throw .invalidInput(image, problem: "cover art must be a JPEG or PNG file")
    }
    let hash = SHA256.hash(data: bytes).prefix(6).map { String(format: "%02x", $0) }.joined()
    let name = "cover-\(hash).\(format == .png ? "png" : "jpg")"
    let destination = root.appendingPathComponent(name)
    if !FileManager.default.fileExists(atPath: destination.path) {
      try AtomicFile.write(bytes, to: destination)
    }
    var published = channel
    published.image = name
    return published
  }

  private static func encode(_ channel: FeedChannel) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain value types cannot fail.
    return Array((try? encoder.encode(channel)) ?? Data()) + [0x0A]
  }

  static func reason(_ error: any Error) -> String {
    (error as NSError).localizedFailureReason ?? error.localizedDescription
  }
}
