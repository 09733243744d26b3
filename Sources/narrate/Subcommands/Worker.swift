import ArgumentParser
import Foundation
import Narration

extension Narrate {
  /// Builds one episode for `narrate batch` in this process (hidden; speaks JSON lines).
  struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Build one episode described by a JSON line on standard input (for narrate batch).",
      shouldDisplay: false)

    func run() throws {
      let status = BatchWorker.serve(environment: ProcessInfo.processInfo.environment)
      if status != 0 { throw ExitCode(status) }
    }
  }
}
