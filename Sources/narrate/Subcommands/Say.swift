import ArgumentParser
import Foundation
import Narration

extension Narrate {
  /// Speaks a word or phrase with a preset and its lexicon, to audition a pronunciation.
  struct Say: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Speak a short text into an MP3 (or print its phonemes) to audition a word.",
      discussion: """
        The text is normalized and run through the preset's lexicon as article text is, so \
        `narrate say Kyiv --phonemes` shows what an episode says. Phonemes are eSpeak NG \
        mnemonics, the form lexicon entries take.
        """)

    @Argument(help: "The text to speak.")
    var text: String

    @Option(help: "Voice preset: a name from Voices/ or a path to a .yml file.")
    var voice = VoiceLibrary.defaultPresetName

    @Option(help: "An extra lexicon file (.yml or W3C .pls) applied after the preset's.")
    var lexicon: String?

    @Flag(help: "Print the phonemes eSpeak NG speaks instead of writing audio.")
    var phonemes = false

    @Option(name: .shortAndLong, help: "The MP3 file to write.")
    var output = "say.mp3"

    func validate() throws {
      let blank = text.unicodeScalars.allSatisfy {
        $0.properties.isWhitespace || $0.properties.isDefaultIgnorableCodePoint
      }
      guard !blank else {
        throw ValidationError(
          "the text to speak is empty; give a word or phrase, such as `narrate say Kyiv`")
      }
    }

    func run() throws {
      do {
        let library = VoiceLibrary.standard(environment: ProcessInfo.processInfo.environment)
        var preset = try library.preset(named: voice)
        if let lexicon {
          let loaded = try LexiconFile.load(URL(fileURLWithPath: lexicon))
          for problem in loaded.unsupported {
            Console.status("narrate: warning: \(lexicon): skipped \(problem)")
          }
          preset.lexicon = preset.lexicon.merging(loaded.lexicon)
        }
        let audition = Audition(
          voice: preset,
          normalizer: Normalizer(
            tables: try NormalizerTables.bundled(),
            options: NormalizerOptions(dialect: preset.base.dialect)),
          engine: try SpeechEngine.shared())
        if phonemes {
          print(try audition.phonemes(text).joined(separator: "\n"))
          return
        }
        let seconds = try audition.record(text, to: URL(fileURLWithPath: output))
        Console.status(
          "said \"\(audition.spoken(text))\" with \(preset.name) → \(output) "
            + "(\(String(format: "%.1f", seconds)) s)")
      } catch {
        Console.error(error)
        throw ExitCode.failure
      }
    }
  }
}
