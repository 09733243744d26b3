import ArgumentParser
import Foundation
import Narration

extension Narrate {
  /// Narrates articles into MP3 episodes and updates the feed (the default command).
  struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "build",
      abstract: "Narrate articles into episodes and update the feed (the default command).",
      discussion: """
        Each FILE becomes OUTPUT/episodes/<slug>.mp3 with a <slug>.json sidecar, and \
        OUTPUT/feed.xml lists every episode in the folder. A failing file is reported and the \
        others go on; the exit status is non-zero if any failed.
        """)

    @Argument(help: "Article files (.txt page dumps, .html, .md).")
    var files: [String]

    @OptionGroup var shared: RunOptions

    @Option(help: "Title to use instead of the article's own (only with one file).")
    var title: String?

    @Flag(
      help: """
        Keep eSpeak NG's own level: no loudness normalization to -16 LUFS and no peak limiting \
        (faster; quieter than other podcasts).
        """)
    var noLoudness = false

    @Option(help: "Input format, when detection from the extension and content is wrong.")
    var inputFormat: InputFormat?

    @Flag(help: "Fail at once if another run is writing the output folder, instead of waiting.")
    var noWait = false

    func validate() throws {
      if title != nil, files.count > 1 {
        throw ValidationError("'--title' applies to one file; give one file or drop --title")
      }
      try shared.validateEncoding()
    }

    func run() throws {
      var unusable: [NarrationError] = []
      for file in files {
        do { try InputFile.check(file) } catch { unusable.append(error) }
      }
      guard unusable.count < files.count else {
        // Not one file to narrate (a mistyped path): the output folder is left untouched.
        for error in unusable { Console.error(error) }
        throw ExitCode.failure
      }
      let environment = ProcessInfo.processInfo.environment
      let narrator: Narrator
      let lock: OutputLock
      do {
        let output = OutputFolder(root: URL(fileURLWithPath: shared.output))
        lock = try OutputLock(folder: output.root, wait: !noWait) { holder in
          Console.status("waiting: \(holder) holds \(shared.output) (--no-wait to fail instead)")
        }
        let voice = try shared.preset()
        var options = NarrationOptions(
          output: output, voice: voice, encoder: shared.encoderSettings(preset: voice),
          cleaning: CleaningOptions(title: title), inputFormat: inputFormat,
          includeDisclosure: !shared.noDisclosure, channel: FeedChannel(),
          now: NarrationOptions.now(environment: environment))
        options.channel = try shared.channel(language: String(options.voice.base.voice.prefix(2)))
        options.cover = try CoverImage.forShow(options.channel, in: output)
        options.normalizeLoudness = !noLoudness
        try output.prepare()
        for path in output.removeLeftoverTemporaryFiles() {
          Console.status("narrate: warning: \(path): cannot remove a leftover temporary file")
        }
        narrator = Narrator(
          options: options, rules: try CleaningRules.bundled(),
          normalizerTables: try NormalizerTables.bundled(), engine: try SpeechEngine.shared())
      } catch {
        Console.error(error)
        throw ExitCode.failure
      }
      var failures = 0
      var built = 0
      for file in files {
        let started = Date()
        do {
          let episode = try narrator.narrate(path: file)
          built += 1
          let seconds = Date().timeIntervalSince(started)
          Console.status(
            "narrated \(file) → \(shared.output)/episodes/\(episode.audioFile) "
              + "(\(Readable.duration(episode.durationSeconds)), \(Readable.bytes(episode.byteSize)), "
              + "\(Int(episode.durationSeconds / max(seconds, 0.001)))× real time)")
        } catch {
          failures += 1
          Console.error(error)
        }
      }
      // The feed changes only when an episode did (or when there is none yet), so a failed run
      // leaves the folder exactly as it was.
      let feedExists = FileManager.default.fileExists(atPath: narrator.options.output.feed.path)
      guard built > 0 || !feedExists else { throw ExitCode.failure }
      do {
        let count = try narrator.options.output.writeFeed(channel: narrator.options.channel)
        Console.status(
          "feed: \(shared.output)/feed.xml lists \(count) episode\(count == 1 ? "" : "s")")
      } catch {
        Console.error(error)
        throw ExitCode.failure
      }
      lock.release()
      if failures > 0 { throw ExitCode.failure }
    }
  }
}

extension InputFormat: ExpressibleByArgument {}
