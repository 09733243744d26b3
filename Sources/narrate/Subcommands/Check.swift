import ArgumentParser
import Foundation
import Narration

extension Narrate {
  /// Lints an output folder's feed offline, for CI.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check DIR/feed.xml offline the way podcast apps and directories would.",
      discussion: """
        Checks required and recommended tags, enclosure lengths against the files, durations \
        against the audio, cover art, the category, unique GUIDs and enclosure URLs, URL form, \
        and the transcript and chapters files. Exits non-zero when there is an error; warnings \
        (such as a feed that is not public yet) do not fail.
        """)

    /// How the report is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text
      case json
    }

    @Argument(help: "The output folder.")
    var folder = "Output"

    @Option(help: "Report format: text or json.")
    var format: Format = .text

    func run() throws {
      let report: LintReport
      do {
        let linter = FeedLinter(
          folder: OutputFolder(root: URL(fileURLWithPath: folder)),
          categories: try AppleCategories.bundled())
        report = try linter.lint()
      } catch {
        Console.error(error)
        throw ExitCode.failure
      }
      let output = format == .json ? report.json : report.text
      FileHandle.standardOutput.write(Data(output.utf8))
      if !report.errors.isEmpty { throw ExitCode.failure }
    }
  }
}
