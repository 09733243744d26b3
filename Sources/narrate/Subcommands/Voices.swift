import ArgumentParser
import Foundation
import Narration

extension Narrate {
  /// Lists the voice presets and the eSpeak NG voices and variants installed.
  struct Voices: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List voice presets (Voices/*.yml) and the eSpeak NG voices installed.",
      discussion: """
        A preset that fails to load is listed with the reason (unknown key, missing voice...), \
        and the command exits non-zero.
        """)

    @Flag(help: "Only list the presets.")
    var presetsOnly = false

    func run() throws {
      let library = VoiceLibrary.standard(environment: ProcessInfo.processInfo.environment)
      var failed = false
      print("Presets (--voice NAME):")
      for (name, result) in library.allPresets() {
        switch result {
        case .success(let preset):
          let lexicon =
            preset.lexicon.isEmpty ? "" : ", \(preset.lexicon.entries.count) lexicon entries"
          print(
            "  \(name.padding(toLength: 14, withPad: " ", startingAt: 0)) \(preset.engineVoiceName), "
              + "\(preset.base.rate) wpm\(lexicon) — \(preset.description)")
        case .failure(let error):
          failed = true
          print("  \(name): invalid: \(error)")
        }
      }
      if !presetsOnly {
        do {
          let engine = try SpeechEngine.shared()
          print("\neSpeak NG \(engine.version) voices (use as `voice:` in a preset):")
          for voice in engine.installedVoices() where !voice.identifier.hasPrefix("mb/") {
            print(
              "  \(voice.language.padding(toLength: 24, withPad: " ", startingAt: 0)) \(voice.identifier)"
            )
          }
          let variants = engine.installedVariants().sorted()
          print("\nVariants (use as `variant:`): \(variants.joined(separator: " "))")
        } catch {
          Console.error(error)
          throw ExitCode.failure
        }
      }
      if failed { throw ExitCode.failure }
    }
  }
}
