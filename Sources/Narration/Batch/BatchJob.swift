import Foundation

/// One episode for a worker process to build: a line of JSON on the worker's standard input.
///
/// It carries everything the worker needs, so the worker reads no settings of its own; the
/// answer is one ``BatchJobResult`` line on its standard output.
public struct BatchJob: Sendable, Codable {
  /// The output folder.
  public var output: String
  /// The article.
  public var article: BatchArticle
  /// The episode's slug, identity and content key, and the metadata that overrides the page's.
  public var request: EpisodeRequest
  /// The narrator.
  public var voice: VoicePreset
  /// MP3 encoding.
  public var encoder: EncoderSettings
  /// Whether to speak the preset's disclosure sentence.
  public var disclosure: Bool
  /// The show, for the ID3 tag.
  public var channel: FeedChannel
  /// "Now", for a first build's date.
  public var now: Date
  /// The input format the user gave for every article, if any.
  public var inputFormat: InputFormat?

  /// The job as one line of JSON, newline included.
  public func line() -> Data {
    // Encoding plain value types cannot fail.
    var data = (try? JSONEncoder().encode(self)) ?? Data()
    data.append(0x0A)
    return data
  }
}

/// A worker's answer to a ``BatchJob``: the episode's sidecar, or what went wrong.
public struct BatchJobResult: Sendable, Codable {
  /// The built episode's sidecar, when it was built.
  public var sidecar: EpisodeSidecar?
  /// Why it was not built.
  public var error: String?
  /// Seconds the worker spent on the job.
  public var seconds: Double

  /// Creates a result.
  public init(sidecar: EpisodeSidecar?, error: String?, seconds: Double) {
    self.sidecar = sidecar
    self.error = error
    self.seconds = seconds
  }
}
