import Foundation

/// Prints a script for people and programs: JSON, or one line per segment.
public enum ScriptListing {
  /// The script as pretty, key-sorted JSON (the full ``Script`` value).
  public static func json(_ script: Script) throws(NarrationError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    do {
      return String(decoding: try encoder.encode(script), as: UTF8.self)
    } catch {
      throw .invalidInput(script.title, problem: "cannot encode the script as JSON: \(error)")
    }
  }

  /// One line per segment: pause before, role, voice and rate, the spoken text, pause after.
  ///
  /// `  [+700 ms] heading (en-us+m3, 155 wpm): Reform efforts. [+450 ms]`
  public static func text(_ script: Script) -> String {
    var out = ""
    for segment in script.segments {
      let settings = segment.voice ?? script.voice.base
      if segment.pauseBefore > 0 { out += "[+\(segment.pauseBefore) ms] " }
      out += "\(segment.role.rawValue) (\(settings.engineVoiceName), \(settings.rate) wpm): "
      out += segment.text
      if segment.pauseAfter > 0 { out += " [+\(segment.pauseAfter) ms]" }
      out += "\n"
    }
    return out
  }
}
