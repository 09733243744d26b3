import Foundation

/// Finds voice presets by name or path, in a list of folders searched in order.
public struct VoiceLibrary: Sendable {
  /// The folders searched for `NAME.yml`, first match wins.
  public var folders: [URL]

  /// The preset used when the user names none.
  public static let defaultPresetName = "default"

  /// Creates a library over the given folders.
  public init(folders: [URL]) {
    self.folders = folders
  }

  /// The standard search path: `$NARRATE_VOICES`, `./Voices`, then the project's own `Voices/`.
  public static func standard(environment: [String: String]) -> VoiceLibrary {
    var folders: [URL] = []
    if let custom = environment["NARRATE_VOICES"], !custom.isEmpty {
      folders.append(URL(fileURLWithPath: custom))
    }
    folders.append(URL(fileURLWithPath: "Voices"))
    // The project's own Voices/ folder, so a built narrate works from any directory on the machine
    // it was built on.
    let projectVoices = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Voices")
    if !folders.contains(where: { $0.standardizedFileURL == projectVoices.standardizedFileURL }) {
      folders.append(projectVoices)
    }
    return VoiceLibrary(folders: folders)
  }

  /// Loads a preset given as a name (`default`) or a path (`my/voice.yml`).
  public func preset(named nameOrPath: String) throws(NarrationError) -> VoicePreset {
    let fileManager = FileManager.default
    if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yml") || nameOrPath.hasSuffix(".yaml") {
      let url = URL(fileURLWithPath: nameOrPath)
      guard fileManager.fileExists(atPath: url.path) else { throw .fileNotFound(nameOrPath) }
      return try load(url)
    }
    for folder in folders {
      let url = folder.appendingPathComponent(nameOrPath + ".yml")
      if fileManager.fileExists(atPath: url.path) { return try load(url) }
    }
    throw .unknownVoice(
      nameOrPath, searched: folders.map(\.path), available: presetNames())
  }

  /// The names of every preset found, without duplicates, sorted.
  public func presetNames() -> [String] {
    var names = Set<String>()
    for folder in folders {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for file in files where file.hasSuffix(".yml") {
        names.insert(String(file.dropLast(4)))
      }
    }
    return names.sorted()
  }

  /// Every preset found, each loaded (or the error that loading it gave).
  public func allPresets() -> [(name: String, result: Result<VoicePreset, NarrationError>)] {
    presetNames().map { name in
      (name, Result { () throws(NarrationError) in try preset(named: name) })
    }
  }

  private func load(_ url: URL) throws(NarrationError) -> VoicePreset {
    let text = try Resources.text(at: url)
    return try VoicePreset.parse(
      yaml: text, name: url.deletingPathExtension().lastPathComponent, file: url.path)
  }
}
