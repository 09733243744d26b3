import Foundation

/// Finds voice presets by name or path, in a list of folders searched in order, and loads the
/// lexicons each preset names.
public struct VoiceLibrary: Sendable {
  /// The folders searched for `NAME.yml`, first match wins; lexicons are in their `lexicons/`.
  public var folders: [URL]
  /// The installed eSpeak NG voices presets are checked against; nil skips the check.
  public var catalog: VoiceCatalog?

  /// The preset used when the user names none.
  public static let defaultPresetName = "default"

  /// Creates a library over the given folders.
  public init(folders: [URL], catalog: VoiceCatalog? = nil) {
    self.folders = folders
    self.catalog = catalog
  }

  /// The standard search path: `$NARRATE_VOICES`, `./Voices`, then the project's own `Voices/`;
  /// presets are checked against the voices the process's engine has installed.
  public static func standard(environment: [String: String], checkVoices: Bool = true)
    -> VoiceLibrary
  {
    var folders: [URL] = []
    if let custom = environment["NARRATE_VOICES"], !custom.isEmpty {
      folders.append(URL(fileURLWithPath: custom))
    }
    folders.append(URL(fileURLWithPath: "Voices"))
    if !folders.contains(where: { $0.standardizedFileURL == projectVoices.standardizedFileURL }) {
      folders.append(projectVoices)
    }
    let catalog = checkVoices ? (try? SpeechEngine.shared()).map(VoiceCatalog.installed) : nil
    return VoiceLibrary(folders: folders, catalog: catalog)
  }

  /// The project's own Voices/ folder, so a built narrate works from any directory on the
  /// machine it was built on.
  public static var projectVoices: URL {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Voices")
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
    let names = presetNames()
    let nearest = VoiceCatalog.nearest(nameOrPath, in: names, count: names.count)
    throw .unknownVoice(nameOrPath, searched: folders.map(\.path), available: nearest)
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

  /// Every lexicon file in the library's `lexicons/` folders, by name, first folder winning.
  public func lexiconFiles() -> [String: URL] {
    var found: [String: URL] = [:]
    for folder in folders.reversed() {
      let lexicons = folder.appendingPathComponent("lexicons")
      let files = (try? FileManager.default.contentsOfDirectory(atPath: lexicons.path)) ?? []
      for file in files where file.hasSuffix(".yml") || file.hasSuffix(".pls") {
        found[(file as NSString).deletingPathExtension] = lexicons.appendingPathComponent(file)
      }
    }
    return found
  }

  /// Finds a lexicon a preset names: a path relative to the preset's folder, or a name looked
  /// up in the preset's own `lexicons/` folder and then the library's.
  func lexiconURL(_ reference: String, presetFolder: URL) -> URL? {
    let fileManager = FileManager.default
    if reference.contains("/") || reference.hasSuffix(".yml") || reference.hasSuffix(".pls") {
      let url =
        reference.hasPrefix("/")
        ? URL(fileURLWithPath: reference)
        : presetFolder.appendingPathComponent(reference)
      return fileManager.fileExists(atPath: url.path) ? url : nil
    }
    for folder in [presetFolder] + folders {
      for ext in ["yml", "pls"] {
        let url = folder.appendingPathComponent("lexicons/\(reference).\(ext)")
        if fileManager.fileExists(atPath: url.path) { return url }
      }
    }
    return nil
  }

  private func load(_ url: URL) throws(NarrationError) -> VoicePreset {
    let text = try Resources.text(at: url)
    var preset = try VoicePreset.parse(
      yaml: text, name: url.deletingPathExtension().lastPathComponent, file: url.path,
      catalog: catalog)
    let folder = url.deletingLastPathComponent()
    var lexicon = Lexicon()
    for reference in preset.lexicons {
      guard let lexiconURL = lexiconURL(reference, presetFolder: folder) else {
        let nearest = VoiceCatalog.nearest(reference, in: Array(lexiconFiles().keys))
        throw .invalidPreset(
          url.path,
          problem:
            "'lexicons': no lexicon '\(reference)' (looked in lexicons/ beside the preset and in "
            + "the library); nearest: \(nearest.joined(separator: ", "))")
      }
      let loaded = try LexiconFile.load(lexiconURL)
      guard loaded.unsupported.isEmpty else {
        throw .invalidPreset(
          url.path,
          problem:
            "'lexicons': \(lexiconURL.path) has entries narrate cannot speak: "
            + loaded.unsupported.joined(separator: "; "))
      }
      lexicon = lexicon.merging(loaded.lexicon)
    }
    preset.lexicon = lexicon
    return preset
  }
}
