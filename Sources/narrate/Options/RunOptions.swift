import ArgumentParser
import Foundation
import Narration

/// Flags shared by every command that narrates: voice, output folder, show settings.
struct RunOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "Output folder for episodes and feed.xml.")
  var output = "Output"

  @Option(help: "Voice preset: a name from Voices/ or a path to a .yml file.")
  var voice = VoiceLibrary.defaultPresetName

  @Flag(help: "Do not speak the preset's disclosure sentence.")
  var noDisclosure = false

  @Option(help: "MP3 bit rate in kbit/s (constant bit rate).")
  var bitrate = 64

  @OptionGroup(title: "Show settings (override podcast.yml)") var show: ShowOptions

  /// The voice preset named by `--voice`.
  func preset() throws(NarrationError) -> VoicePreset {
    try VoiceLibrary.standard(environment: ProcessInfo.processInfo.environment).preset(named: voice)
  }

  /// The show: the output folder's saved settings, the show file, then the flags.
  func channel(language: String) throws(NarrationError) -> FeedChannel {
    try show.channel(folder: OutputFolder(root: URL(fileURLWithPath: output)), language: language)
  }
}
