import Foundation
import Testing

/// `narrate serve` running in a child process on 127.0.0.1, stopped by ``stop()``.
final class ServeProcess {
  let process = Process()
  /// `http://127.0.0.1:PORT` without a trailing slash.
  let base: String

  /// Starts the server on a port (0 picks a free one) and waits until it prints its address.
  init(folder: URL, port: UInt16 = 0) throws {
    process.executableURL = TestSupport.narrateBinary
    process.arguments = ["serve", folder.path, "--port", String(port), "--host", "127.0.0.1"]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    // The first line of standard output is the feed URL, printed once listening.
    var line = Data()
    while true {
      let byte = out.fileHandleForReading.readData(ofLength: 1)
      if byte.isEmpty || byte == Data("\n".utf8) { break }
      line += byte
    }
    let url = String(decoding: line, as: UTF8.self)
    guard url.hasSuffix("/feed.xml") else {
      process.terminate()
      throw ServeError(message: "narrate serve did not start: '\(url)'")
    }
    base = String(url.dropLast("/feed.xml".count))
  }

  /// Stops the child process and waits for it.
  func stop() {
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
    }
  }

  struct ServeError: Error {
    var message: String
  }
}
