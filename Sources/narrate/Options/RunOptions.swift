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

  @Option(help: "MP3 bit rate in kbit/s (with constant bit rate).")
  var bitrate = 64

  @Flag(help: "Variable bit rate (LAME -V) instead of constant; smaller, but seeks less exactly.")
  var vbr = false

  @Option(help: "LAME VBR quality with --vbr, 0 (best) to 9.")
  var vbrQuality = 5

  @Option(help: "MP3 sample rate in Hz: 44100 (MPEG-1, plays everywhere) or 22050 (smaller).")
  var sampleRate = 44100

  @OptionGroup(title: "Show settings (override podcast.yml)") var show: ShowOptions

  /// The voice preset named by `--voice`.
  func preset() throws(NarrationError) -> VoicePreset {
    try VoiceLibrary.standard(environment: ProcessInfo.processInfo.environment).preset(named: voice)
  }

  /// The MP3 encoding from flags.
  func encoderSettings() -> EncoderSettings {
    EncoderSettings(
      mode: vbr ? .vbr : .cbr, bitrate: bitrate, vbrQuality: vbrQuality, sampleRate: sampleRate)
  }

  /// The show: the output folder's saved settings, the show file, then the flags.
  func channel(language: String) throws(NarrationError) -> FeedChannel {
    try show.channel(folder: OutputFolder(root: URL(fileURLWithPath: output)), language: language)
  }
}
