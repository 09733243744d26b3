/// The eSpeak NG voices and variants installed, for checking presets and scripts against.
///
/// Comes from ``SpeechEngine/installedVoices()`` and ``SpeechEngine/installedVariants()``; a
/// value type so that preset parsing stays pure.
public struct VoiceCatalog: Sendable, Hashable {
  /// Voice identifiers such as `en-us`, `en-gb-x-rp`.
  public var voices: [String]
  /// Variant names such as `m3`, `f2`, `klatt`.
  public var variants: [String]

  /// Creates a catalog.
  public init(voices: [String], variants: [String]) {
    self.voices = voices
    self.variants = variants
  }

  /// The catalog of the engine's installed voices (MBROLA voices left out: none are installed).
  public static func installed(in engine: SpeechEngine) -> VoiceCatalog {
    // eSpeak NG selects a voice by its language ("en-us") or its file name ("en-US"); the
    // identifier's folder ("gmw/") and the display name ("English_(America)") do not work.
    var names: [String] = []
    for voice in engine.installedVoices() where !voice.identifier.hasPrefix("mb/") {
      for name in [voice.language, String(voice.identifier.split(separator: "/").last ?? "")] {
        let lowered = name.lowercased()
        if !lowered.isEmpty, !names.contains(lowered) { names.append(lowered) }
      }
    }
    return VoiceCatalog(voices: names.sorted(), variants: engine.installedVariants().sorted())
  }

  /// Whether a voice identifier is installed (eSpeak NG ignores case).
  public func hasVoice(_ name: String) -> Bool {
    voices.contains { $0.caseInsensitiveCompare(name) }
  }

  /// Whether a variant is installed.
  public func hasVariant(_ name: String) -> Bool {
    variants.contains { $0.caseInsensitiveCompare(name) }
  }

  /// The closest names to a misspelt one, best first, for "did you mean" messages.
  static func nearest(_ name: String, in choices: [String], count: Int = 3) -> [String] {
    let scored = choices.map { choice -> (String, Int) in
      var score = EditDistance.between(choice, name)
      // A shared language prefix ("en-" for "en-uk") is a better hint than a short edit.
      if let dash = name.firstIndex(of: "-"),
        choice.lowercased().hasPrefix(name[..<dash].lowercased())
      {
        score -= 1
      }
      return (choice, score)
    }
    return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(count).map(\.0)
  }
}

extension String {
  fileprivate func caseInsensitiveCompare(_ other: String) -> Bool {
    lowercased() == other.lowercased()
  }
}
