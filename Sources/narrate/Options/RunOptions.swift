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

  @Option(help: "MP3 bit rate in kbit/s with constant bit rate (default: the preset's, else 64).")
  var bitrate: Int?

  @Flag(help: "Variable bit rate (LAME -V) instead of constant; smaller, but seeks less exactly.")
  var vbr = false

  @Option(help: "LAME VBR quality with --vbr, 0 (best) to 9 (default: the preset's, else 5).")
  var vbrQuality: Int?

  @Option(
    help: """
      MP3 sample rate in Hz: 44100 (MPEG-1, plays everywhere) or 22050 (smaller) \
      (default: the preset's, else 44100).
      """)
  var sampleRate: Int?

  @OptionGroup(title: "Show settings (override podcast.yml)") var show: ShowOptions

  /// The voice preset named by `--voice`.
  func preset() throws(NarrationError) -> VoicePreset {
    try VoiceLibrary.standard(environment: ProcessInfo.processInfo.environment).preset(named: voice)
  }

  /// The MP3 encoding: the preset's (or the defaults), then whatever the flags say.
  func encoderSettings(preset: VoicePreset) -> EncoderSettings {
    var settings = preset.encoding ?? EncoderSettings()
    if vbr { settings.mode = .vbr }
    if let bitrate { settings.bitrate = bitrate }
    if let vbrQuality { settings.vbrQuality = vbrQuality }
    if let sampleRate { settings.sampleRate = sampleRate }
    return settings
  }

  /// Checks the encoding flags' ranges.
  func validateEncoding() throws {
    if let bitrate, !(32...320).contains(bitrate) {
      throw ValidationError("'--bitrate' must be between 32 and 320 kbit/s")
    }
    if let sampleRate, ![22050, 44100].contains(sampleRate) {
      throw ValidationError("'--sample-rate' must be 22050 or 44100")
    }
    if let vbrQuality, !(0...9).contains(vbrQuality) {
      throw ValidationError("'--vbr-quality' must be from 0 to 9")
    }
  }

  /// The show: the output folder's saved settings, the show file, then the flags.
  func channel(language: String) throws(NarrationError) -> FeedChannel {
    try show.channel(folder: OutputFolder(root: URL(fileURLWithPath: output)), language: language)
  }
}
