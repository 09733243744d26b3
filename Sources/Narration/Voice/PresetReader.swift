import Yams

/// Reads typed values out of a preset's YAML, each failure naming the file and the key.
struct PresetReader {
  /// The preset file, named in every error.
  let file: String
  /// The installed voices and variants, when they should be checked.
  let catalog: VoiceCatalog?

  /// Fails on a key the mapping may not hold, naming the nearest allowed key.
  func checkKeys(
    _ mapping: Node.Mapping, allowed: [String], prefix: String
  ) throws(NarrationError) {
    for key in mapping.keys {
      guard let name = key.string else {
        throw .invalidPreset(
          file, problem: "keys must be names; allowed: \(allowed.joined(separator: ", "))")
      }
      if !allowed.contains(name) {
        let nearest = VoiceCatalog.nearest(name, in: allowed, count: 2).map { prefix + $0 }
        throw .invalidPreset(
          file,
          problem:
            "unknown key '\(prefix)\(name)'; did you mean \(nearest.joined(separator: " or "))?")
      }
    }
  }

  /// The string under a key, or nil when absent; fails when the value is not a string.
  func string(_ mapping: Node.Mapping, _ key: String, prefix: String) throws(NarrationError)
    -> String?
  {
    guard let node = mapping[key] else { return nil }
    if case .scalar(let scalar) = node, scalar.string == "~" || scalar.string == "null" {
      return nil
    }
    guard let text = node.string else {
      throw .invalidPreset(file, problem: "'\(prefix)\(key)' must be text")
    }
    return text
  }

  /// The whole number under a key, or nil when absent; fails unless it is within the key's limits.
  func int(_ mapping: Node.Mapping, _ key: String, prefix: String) throws(NarrationError) -> Int? {
    guard let node = mapping[key] else { return nil }
    let range: ClosedRange<Int> =
      key.hasPrefix("pause") || prefix == "pauses."
      ? 0...10_000 : VoiceSettings.limits[key] ?? 0...0
    let unit = range.upperBound == 10_000 ? " milliseconds" : ""
    guard let number = node.int, range.contains(number) else {
      throw .invalidPreset(
        file,
        problem:
          "'\(prefix)\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)\(unit)"
      )
    }
    return number
  }

  /// Fails when the catalog is known and has no such voice, naming the nearest ones.
  func checkVoice(_ voice: String, key: String) throws(NarrationError) {
    guard let catalog, !catalog.hasVoice(voice) else { return }
    let nearest = VoiceCatalog.nearest(voice, in: catalog.voices)
    throw .invalidPreset(
      file,
      problem:
        "'\(key)': eSpeak NG has no voice '\(voice)'; nearest: \(nearest.joined(separator: ", ")) "
        + "(`narrate voices` lists them)")
  }

  /// Fails when the catalog is known and has no such variant, naming the nearest ones.
  func checkVariant(_ variant: String, key: String) throws(NarrationError) {
    guard let catalog, !catalog.hasVariant(variant) else { return }
    let nearest = VoiceCatalog.nearest(variant, in: catalog.variants)
    throw .invalidPreset(
      file,
      problem:
        "'\(key)': eSpeak NG has no variant '\(variant)'; nearest: \(nearest.joined(separator: ", "))"
    )
  }

  /// Reads one role's changes to voice, prosody and pauses.
  func roleStyle(_ node: Node, prefix: String) throws(NarrationError) -> RoleStyle {
    guard let mapping = node.mapping else {
      throw .invalidPreset(
        file, problem: "'\(prefix.dropLast())' must be a mapping such as {rate: 150}")
    }
    try checkKeys(mapping, allowed: VoicePreset.allowedRoleKeys, prefix: prefix)
    let voice = try string(mapping, "voice", prefix: prefix)
    if let voice { try checkVoice(voice, key: prefix + "voice") }
    let variant = try string(mapping, "variant", prefix: prefix)
    if let variant { try checkVariant(variant, key: prefix + "variant") }
    return RoleStyle(
      voice: voice, variant: variant,
      rate: try int(mapping, "rate", prefix: prefix),
      pitch: try int(mapping, "pitch", prefix: prefix),
      range: try int(mapping, "range", prefix: prefix),
      volume: try int(mapping, "volume", prefix: prefix),
      pauseBefore: try int(mapping, "pause-before", prefix: prefix),
      pauseAfter: try int(mapping, "pause-after", prefix: prefix))
  }
}
