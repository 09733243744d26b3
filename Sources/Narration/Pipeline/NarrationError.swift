import Foundation

/// Everything that can stop narrate, each case naming the input and saying what to do.
public enum NarrationError: Error, Sendable, Equatable, CustomStringConvertible {
  case fileNotFound(String)
  case unreadable(String, reason: String)
  case emptyInput(String)
  case binaryInput(String)
  case invalidUTF8(String, byteOffset: Int)
  case noArticleText(String)
  case unknownVoice(String, searched: [String], available: [String])
  case invalidPreset(String, problem: String)
  case engine(String, operation: String, message: String)
  case encoder(operation: String, code: Int32)
  case outputNotWritable(String, reason: String)
  case malformedScript(String, line: Int, column: Int, message: String)
  case invalidSidecar(String, reason: String)
  case invalidInput(String, problem: String)
  case outputLocked(String, holder: String)
  case workerFailed(String, reason: String)

  /// One line: what failed, on which input, and what to do about it.
  public var description: String {
    switch self {
    case .fileNotFound(let name):
      return "\(name): no such file; check the path"
    case .unreadable(let name, let reason):
      return "\(name): cannot be read (\(reason))"
    case .emptyInput(let name):
      return "\(name): the file is empty; give an article with some text"
    case .binaryInput(let name):
      return "\(name): this looks like a binary file, not text; give a .txt, .html or .md article"
    case .invalidUTF8(let name, let offset):
      return "\(name): not valid UTF-8 at byte \(offset); convert it with `iconv -t UTF-8`"
    case .noArticleText(let name):
      return "no article text found in \(name); `narrate clean \(name) --explain` shows why"
    case .unknownVoice(let name, let searched, let available):
      let choices = available.isEmpty ? "none found" : available.joined(separator: ", ")
      return
        "unknown voice '\(name)' (looked in \(searched.joined(separator: ", "))); available: \(choices)"
    case .invalidPreset(let name, let problem):
      return "\(name): \(problem)"
    case .engine(let input, let operation, let message):
      return "\(input): eSpeak NG failed to \(operation): \(message)"
    case .encoder(let operation, let code):
      return "LAME failed to \(operation) (code \(code))"
    case .outputNotWritable(let path, let reason):
      return "\(path): cannot write output (\(reason)); choose another folder with --output"
    case .malformedScript(let name, let line, let column, let message):
      return "\(name):\(line):\(column): malformed script: \(message)"
    case .invalidSidecar(let name, let reason):
      return "\(name): unreadable episode sidecar (\(reason)); rebuild the episode"
    case .invalidInput(let name, let problem):
      return "\(name): \(problem)"
    case .outputLocked(let path, let holder):
      return "\(path): \(holder) is writing this folder; wait for it, or drop --no-wait to queue"
    case .workerFailed(let name, let reason):
      return "\(name): the narrating process \(reason); the other articles went on"
    }
  }
}

extension NarrationError: LocalizedError {
  /// Foundation's view of ``description``, so `localizedDescription` is the same line.
  public var errorDescription: String? { description }
}
