import ArgumentParser
import Foundation
import Narration

extension Narrate {
  /// Lists the voice presets and the eSpeak NG voices installed.
  struct Voices: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List voice presets (Voices/*.yml) and the eSpeak NG voices installed.")

    @Flag(help: "Also list every installed eSpeak NG voice.")
    var all = false

    func run() throws {
      let library = VoiceLibrary.standard(environment: ProcessInfo.processInfo.environment)
      print("Presets (--voice NAME):")
      for (name, result) in library.allPresets() {
        switch result {
        case .success(let preset):
          print(
            "  \(name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(preset.engineVoiceName), "
              + "\(preset.rate) wpm — \(preset.description)")
        case .failure(let error):
          print("  \(name): invalid: \(error)")
        }
      }
      if all {
        do {
          let engine = try SpeechEngine.shared()
          print("\neSpeak NG \(engine.version) voices (use as `voice:` in a preset):")
          for voice in engine.installedVoices() {
            print(
              "  \(voice.identifier.padding(toLength: 24, withPad: " ", startingAt: 0)) \(voice.language)"
            )
          }
        } catch {
          Console.error(error)
          throw ExitCode.failure
        }
      }
    }
  }
}
