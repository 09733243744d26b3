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

  @Option(help: "Public base URL of the output folder, used in the feed's enclosure URLs.")
  var baseURL: String?

  /// The voice preset named by `--voice`.
  func preset() throws(NarrationError) -> VoicePreset {
    try VoiceLibrary.standard(environment: ProcessInfo.processInfo.environment).preset(named: voice)
  }

  /// The show settings from flags.
  func channel() -> FeedChannel {
    var channel = FeedChannel()
    if let baseURL { channel.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
    return channel
  }
}
