import ArgumentParser
import Foundation
import Narration

extension Narrate {
  /// Writes a commented show file to start a podcast.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a commented podcast.yml with the show settings to fill in.",
      discussion: """
        Flags fill in values (for example --show-title and --base-url); everything else gets \
        a default and a comment saying what it is for. `narrate` reads podcast.yml from the \
        current folder.
        """)

    @Argument(help: "Where to write the show file.")
    var path = "podcast.yml"

    @Flag(help: "Overwrite an existing file.")
    var force = false

    @OptionGroup(title: "Show settings") var show: ShowOptions

    func run() throws {
      do {
        guard force || !FileManager.default.fileExists(atPath: path) else {
          throw NarrationError.invalidInput(
            path, problem: "already exists; edit it, or give --force to overwrite it")
        }
        var channel = FeedChannel()
        let flags = show.flags
        try flags.validate(name: "flags")
        flags.apply(to: &channel)
        if channel.podcastGUID == nil, !channel.isLocal {
          // Chosen once, from the first public address, and kept if the feed moves.
          channel.podcastGUID = channel.resolvedPodcastGUID
        }
        let text = try ShowTemplate.render(channel)
        try AtomicFile.write(Array(text.utf8), to: URL(fileURLWithPath: path))
        Console.status("wrote \(path): fill in the show, then run `narrate ARTICLE.txt`")
      } catch {
        Console.error(error)
        throw ExitCode.failure
      }
    }
  }
}
