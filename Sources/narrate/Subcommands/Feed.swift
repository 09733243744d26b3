import ArgumentParser
import Foundation
import Narration

extension Narrate {
  /// Rebuilds feed.xml from the episode sidecars in an output folder.
  struct Feed: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Rebuild DIR/feed.xml from the episode sidecars in DIR/episodes.",
      discussion: """
        The feed is made from the sidecars alone, so episode folders built in separate runs or \
        on separate machines can be copied into one DIR/episodes and merged into one feed. The \
        show comes from DIR/show.json (saved by the last build), then podcast.yml or --show, \
        then the flags.
        """)

    @Argument(help: "The output folder.")
    var folder = "Output"

    @OptionGroup(title: "Show settings (override podcast.yml)") var show: ShowOptions

    func run() throws {
      do {
        let output = OutputFolder(root: URL(fileURLWithPath: folder))
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.episodes.path, isDirectory: &isFolder),
          isFolder.boolValue
        else {
          throw NarrationError.invalidInput(
            folder,
            problem: "has no episodes/ folder; give the folder narrate wrote to (default Output)")
        }
        let lock = try OutputLock(folder: output.root, wait: true) { holder in
          Console.status("waiting: \(holder) holds \(folder)")
        }
        defer { lock.release() }
        for path in output.removeLeftoverTemporaryFiles() {
          Console.status("narrate: warning: \(path): cannot remove a leftover temporary file")
        }
        let channel = try show.channel(folder: output)
        let count = try output.writeFeed(channel: channel)
        Console.status("feed: \(folder)/feed.xml lists \(count) episode\(count == 1 ? "" : "s")")
      } catch {
        Console.error(error)
        throw ExitCode.failure
      }
    }
  }
}
