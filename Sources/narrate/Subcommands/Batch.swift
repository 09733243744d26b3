import ArgumentParser
import Foundation
import Narration

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Narrate {
  /// Narrates many articles incrementally and in parallel: the job for CI and newsrooms.
  struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Narrate many articles: incremental, parallel, shardable and crash-safe.",
      discussion: """
        INPUT is an article file, a folder (searched recursively for .txt, .html, .md and .ssml), \
        a glob pattern ('articles/**/*.md'), a list file (.json, .yml or .yaml: a list of \
        entries with file or text, and optional id, title, author, date, voice, link), or a feed \
        of articles (.xml, .rss, .atom, or an http(s) address).

        An episode whose article, voice, settings and engines are unchanged is skipped; a changed \
        one is rebuilt and keeps its GUID and date. Episodes are built in worker processes \
        (--jobs), and a failing article does not stop the others: the exit status is non-zero at \
        the end. --shard I/N builds a stable share of the inputs; copy the shards' episodes \
        folders together and run `narrate feed` to merge them. The output folder is locked while \
        a batch runs, and feed.xml only ever lists complete episodes.
        """)

    @Argument(help: "Articles, folders, glob patterns, list files or feeds.")
    var inputs: [String]

    @OptionGroup var shared: RunOptions

    @Option(name: .shortAndLong, help: "Worker processes at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Build only share I of N (1 ≤ I ≤ N), e.g. 2/4; stable across runs and machines.")
    var shard: String?

    @Flag(help: "Remove episodes made by narrate batch whose article is no longer an input.")
    var prune = false

    @Flag(help: "Stop starting articles after the first failure.")
    var failFast = false

    @Flag(help: "Fail at once if another run is writing the output folder, instead of waiting.")
    var noWait = false

    @Option(help: "Write a JSON report of every article and the totals to this file.")
    var report: String?

    @Option(help: "Input format for every article, when detection is wrong.")
    var inputFormat: InputFormat?

    func validate() throws {
      if jobs < 1 { throw ValidationError("'--jobs' must be at least 1") }
      try shared.validateEncoding()
      if let shard {
        do {
          _ = try Shard(parsing: shard)
        } catch {
          throw ValidationError("\(error)")
        }
      }
    }

    func run() throws {
      let environment = ProcessInfo.processInfo.environment
      let runner: BatchRunner
      let articles: [BatchArticle]
      do {
        let voice = try shared.preset()
        var narration = NarrationOptions(
          output: OutputFolder(root: URL(fileURLWithPath: shared.output)),
          voice: voice, encoder: shared.encoderSettings(preset: voice),
          inputFormat: inputFormat, includeDisclosure: !shared.noDisclosure,
          channel: FeedChannel(), now: NarrationOptions.now(environment: environment))
        narration.channel = try shared.channel(
          language: String(narration.voice.base.voice.prefix(2)))
        let executable = Bundle.main.executableURL?.path ?? CommandLine.arguments[0]
        runner = BatchRunner(
          options: BatchOptions(
            narration: narration, voices: VoiceLibrary.standard(environment: environment),
            worker: [executable, "worker"], jobs: jobs,
            shard: try shard.map { text throws(NarrationError) in try Shard(parsing: text) }
              ?? .all,
            prune: prune, failFast: failFast, wait: !noWait))
        articles = try BatchInputs.collect(inputs)
      } catch {
        Console.error(error)
        throw ExitCode.failure
      }
      let display = ProgressDisplay(
        progress: BatchProgress(
          terminal: isatty(STDERR_FILENO) == 1,
          githubActions: environment["GITHUB_ACTIONS"] == "true"
        ))
      let result: BatchReport
      do {
        result = try runner.run(articles) { display.show($0) }
      } catch {
        display.end()
        Console.error(error)
        throw ExitCode.failure
      }
      display.end()
      Console.status(BatchProgress.summary(result))
      if let report {
        do {
          try AtomicFile.write(result.encoded(), to: URL(fileURLWithPath: report))
        } catch {
          Console.error(error)
          throw ExitCode.failure
        }
      }
      if !result.succeeded { throw ExitCode.failure }
    }
  }
}

/// Writes batch progress to standard error, redrawing the status line on a terminal.
private final class ProgressDisplay: @unchecked Sendable {
  private let lock = NSLock()
  private var progress: BatchProgress
  private var hasStatus = false

  init(progress: BatchProgress) {
    self.progress = progress
  }

  func show(_ event: BatchEvent) {
    lock.lock()
    defer { lock.unlock() }
    for output in progress.handle(event) {
      switch output {
      case .line(let text):
        write((hasStatus ? "\r\u{1B}[K" : "") + text + "\n")
        hasStatus = false
      case .status(let text):
        write("\r\u{1B}[K" + text)
        hasStatus = true
      }
    }
  }

  func end() {
    lock.lock()
    defer { lock.unlock() }
    if hasStatus { write("\n") }
    hasStatus = false
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
