import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs one ``BatchJob`` in a fresh worker process and turns whatever happens to it (a result, a
/// crash, garbage) into a ``BatchJobResult``.
struct WorkerProcess {
  /// The worker command: the narrate executable and its hidden `worker` subcommand.
  var command: [String]

  func run(_ job: BatchJob) -> BatchJobResult {
    let started = Date()
    func failure(_ reason: String) -> BatchJobResult {
      BatchJobResult(
        sidecar: nil,
        error: NarrationError.workerFailed(job.article.name, reason: reason).description,
        seconds: Date().timeIntervalSince(started))
    }
    guard let executable = command.first else { return failure("has no command to run") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = Array(command.dropFirst())
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      return failure("could not start (\(error.localizedDescription))")
    }
    let stderrTail = StreamTail(errors.fileHandleForReading)
    // A worker that dies before reading its job closes the pipe; the write then fails (SIGPIPE is
    // ignored by the batch) and the exit status below says what happened.
    try? input.fileHandleForWriting.write(contentsOf: job.line())
    let answer = output.fileHandleForReading.readDataToEndOfFile()
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    let diagnostics = stderrTail.finish()
    if let line = answer.split(separator: 0x0A).first,
      let result = try? JSONDecoder().decode(BatchJobResult.self, from: Data(line))
    {
      return result
    }
    var reason: String
    switch process.terminationReason {
    case .uncaughtSignal:
      reason = "crashed (signal \(process.terminationStatus))"
    case .exit:
      reason = "exited with status \(process.terminationStatus) without an answer"
    @unknown default:
      reason = "ended without an answer"
    }
    if !diagnostics.isEmpty { reason += ": " + diagnostics }
    return failure(reason)
  }
}

/// Reads a stream to its end on its own thread, keeping only the last lines for messages.
private final class StreamTail: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var tail = Data()

  init(_ handle: FileHandle) {
    let thread = Thread { [self] in
      while true {
        let chunk = handle.availableData
        if chunk.isEmpty { break }
        tail.append(chunk)
        if tail.count > 4096 { tail = tail.suffix(2048) }
      }
      done.signal()
    }
    thread.start()
  }

  /// The last lines written, once the stream has ended, as one line.
  func finish() -> String {
    done.wait()
    let text = String(decoding: tail, as: UTF8.self)
    let lines = text.split(whereSeparator: \.isNewline).suffix(3)
    return lines.joined(separator: " / ").trimmingCharacters(in: .whitespaces)
  }
}
