import ArgumentParser
import Foundation
import Narration

extension Narrate {
  /// Rebuilds feed.xml from the episode sidecars in an output folder.
  struct Feed: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Rebuild DIR/feed.xml from the episode sidecars in DIR/episodes.")

    @Argument(help: "The output folder.")
    var folder = "Output"

    @Option(help: "Public base URL of the output folder, used in enclosure URLs.")
    var baseURL: String?

    func run() throws {
      do {
        var channel = FeedChannel()
        if let baseURL { channel.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        let output = OutputFolder(root: URL(fileURLWithPath: folder))
        let count = try output.writeFeed(channel: channel)
        Console.status("feed: \(folder)/feed.xml lists \(count) episode\(count == 1 ? "" : "s")")
      } catch {
        Console.error(error)
        throw ExitCode.failure
      }
    }
  }
}
