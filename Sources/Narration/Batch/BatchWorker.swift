import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The worker side of `narrate batch`: builds the one episode a ``BatchJob`` describes, with
/// this process's own speech engine (the hidden `narrate worker` command).
///
/// A fresh process per episode keeps eSpeak NG's global state from leaking between articles (its
/// output differs slightly between the first and later calls in one process), so every episode is
/// byte-identical however the batch is split, and a crash takes down one article only.
public enum BatchWorker {
  /// Environment variable for fault-injection tests: a worker whose article contains this text
  /// aborts, as a crash in the engine would.
  public static let crashMarkerVariable = "NARRATE_TEST_CRASH_MARKER"

  /// Reads one job from standard input, builds it, and writes the result to standard output.
  ///
  /// Standard input stays open while the job runs; if it closes first, the batch that started
  /// this worker has died, and the worker exits at once rather than write to the folder
  /// unsupervised.
  public static func serve(environment: [String: String]) -> Int32 {
    guard let line = readLine(strippingNewline: true) else { return 0 }
    let watcher = Thread {
      while readLine() != nil {}
      _exit(75)
    }
    watcher.start()
    let result: BatchJobResult
    do {
      let job = try JSONDecoder().decode(BatchJob.self, from: Data(line.utf8))
      result = run(job, environment: environment)
    } catch {
      result = BatchJobResult(sidecar: nil, error: "unreadable job: \(error)", seconds: 0)
    }
    let encoder = JSONEncoder()
    var data = (try? encoder.encode(result)) ?? Data()
    data.append(0x0A)
    FileHandle.standardOutput.write(data)
    return result.error == nil ? 0 : 1
  }

  /// Builds one episode in this process.
  public static func run(_ job: BatchJob, environment: [String: String]) -> BatchJobResult {
    let started = Date()
    do {
      let bytes = try job.article.bytes()
      if let marker = environment[crashMarkerVariable], !marker.isEmpty,
        bytes.range(of: Data(marker.utf8)) != nil
      {
        abort()
      }
      let options = NarrationOptions(
        output: OutputFolder(root: URL(fileURLWithPath: job.output)), voice: job.voice,
        encoder: job.encoder, cleaning: CleaningOptions(title: job.article.title),
        inputFormat: job.article.format ?? job.inputFormat, includeDisclosure: job.disclosure,
        channel: job.channel, now: job.now)
      let narrator = Narrator(
        options: options, rules: try CleaningRules.bundled(),
        normalizerTables: try NormalizerTables.bundled(), engine: try SpeechEngine.shared())
      let document = try SourceDocument(
        name: job.article.name, data: bytes, format: options.inputFormat)
      let sidecar = try narrator.narrate(document, as: job.request)
      return BatchJobResult(
        sidecar: sidecar, error: nil, seconds: Date().timeIntervalSince(started))
    } catch {
      return BatchJobResult(
        sidecar: nil, error: "\(error)", seconds: Date().timeIntervalSince(started))
    }
  }
}
