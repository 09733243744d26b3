import ArgumentParser
import Foundation
import Narration

extension Narrate {
  /// Prints the script narrate would speak for an article: segments, voices and pauses.
  struct Script: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the script for an article: SSML to edit, JSON, or plain text.",
      discussion: """
        Save the SSML, edit words, pronunciations, voices or pauses, and narrate it with \
        `narrate FILE.ssml`. An .ssml FILE is read back and printed, which checks an edit.
        """)

    /// How the script is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
      case ssml, json, text
    }

    @Argument(help: "The article (.txt page dump, .html, .md) or an .ssml script.")
    var file: String

    @Option(help: "Output format: ssml, json, or text (one segment per line).")
    var format: Format = .ssml

    @Option(help: "Voice preset: a name from Voices/ or a path to a .yml file.")
    var voice = VoiceLibrary.defaultPresetName

    @Flag(help: "Do not speak the preset's disclosure sentence.")
    var noDisclosure = false

    @Option(help: "Title to use instead of the article's own.")
    var title: String?

    @Option(help: "Input format, when detection from the extension and content is wrong.")
    var inputFormat: InputFormat?

    func run() throws {
      do {
        let library = VoiceLibrary.standard(environment: ProcessInfo.processInfo.environment)
        let options = NarrationOptions(
          output: OutputFolder(root: URL(fileURLWithPath: "Output")),
          voice: try library.preset(named: voice), cleaning: CleaningOptions(title: title),
          inputFormat: inputFormat, includeDisclosure: !noDisclosure,
          now: NarrationOptions.now(environment: ProcessInfo.processInfo.environment))
        let narrator = Narrator(
          options: options, rules: try CleaningRules.bundled(),
          normalizerTables: try NormalizerTables.bundled(), engine: try SpeechEngine.shared())
        let (_, script) = try narrator.script(for: try narrator.document(at: file))
        switch format {
        case .ssml: print(SSMLWriter.document(script), terminator: "")
        case .json: print(try ScriptListing.json(script))
        case .text: print(ScriptListing.text(script), terminator: "")
        }
      } catch {
        Console.error(error)
        throw ExitCode.failure
      }
    }
  }
}
