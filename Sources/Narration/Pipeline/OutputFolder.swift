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
    for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
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

  /// Rewrites `feed.xml` atomically from the sidecars in the folder.
  @discardableResult
  public func writeFeed(channel: FeedChannel) throws(NarrationError) -> Int {
    let episodes = try sidecars()
    let xml = PodcastFeed(channel: channel, episodes: episodes).xml()
    try AtomicFile.write(Array(xml.utf8), to: feed)
    return episodes.count
  }

  static func reason(_ error: any Error) -> String {
    (error as NSError).localizedFailureReason ?? error.localizedDescription
  }
}
