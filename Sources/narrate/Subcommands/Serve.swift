import ArgumentParser
import Foundation
import Narration

extension Narrate {
  /// Serves an output folder over HTTP for trying the feed in a podcast app.
  struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Serve the output folder over HTTP so a podcast app can subscribe to it.",
      discussion: """
        Answers GET and HEAD with byte ranges (206, 416), as Apple's player needs, and serves \
        nothing outside the folder. It listens on 127.0.0.1 only; give --host 0.0.0.0 to let a \
        phone on the same network subscribe (then build with --base-url http://THIS-IP:PORT/). \
        Keeps serving while a build updates the folder. Stop it with Ctrl-C.
        """)

    @Argument(help: "The output folder.")
    var folder = "Output"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: UInt16 = 8080

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Flag(help: "Print one line per request.")
    var verbose = false

    func run() async throws {
      do {
        let verbose = self.verbose
        let server = try FolderServer(
          folder: URL(fileURLWithPath: folder), host: host, port: port,
          log: { line in if verbose { Console.status(line) } })
        let host = self.host
        let folder = self.folder
        try await withThrowingTaskGroup(of: Void.self) { group in
          // Serving fails at once when the port is taken; announcing waits until listening.
          group.addTask { try await server.run() }
          group.addTask {
            let port = try await server.waitUntilListening()
            let shown = host.contains(":") ? "[\(host)]" : host
            Console.status("serving \(server.root) at http://\(shown):\(port)/feed.xml")
            if let saved = try? OutputFolder(root: URL(fileURLWithPath: folder)).savedChannel(),
              saved.isLocal, !saved.baseURL.contains(":\(port)/")
            {
              Console.status(
                "note: feed.xml points at \(saved.baseURL); rebuild it with "
                  + "`narrate feed \(folder) --base-url http://\(shown):\(port)/` to match")
            }
            FileHandle.standardOutput.write(Data("http://\(shown):\(port)/feed.xml\n".utf8))
          }
          while try await group.next() != nil {}
        }
      } catch {
        Console.error(error)
        throw ExitCode.failure
      }
    }
  }
}
