import Foundation
import Testing

/// Runs the built `narrate normalize` with `input` on standard input; nil if not built.
private func runNormalize(_ input: Data) throws -> Data? {
  // The test bundle sits next to the executables in the build folder.
  let folder = Bundle.module.bundleURL.deletingLastPathComponent()
  let candidates = [folder, folder.deletingLastPathComponent()].map {
    $0.appendingPathComponent("narrate")
  }
  guard
    let executable = candidates.first(where: {
      FileManager.default.isExecutableFile(atPath: $0.path)
    })
  else { return nil }
  let process = Process()
  process.executableURL = executable
  process.arguments = ["normalize", "-"]
  let stdin = Pipe()
  let stdout = Pipe()
  process.standardInput = stdin
  process.standardOutput = stdout
  try process.run()
  stdin.fileHandleForWriting.write(input)
  try stdin.fileHandleForWriting.close()
  let output = stdout.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  #expect(process.terminationStatus == 0)
  return output
}

@Test func normalizeCommandWritesOneLinePerInputLine() throws {
  var input = Data("Dec. 4, 2023\n\n$5.2 million\r\nplain line\n".utf8)
  input.append(contentsOf: [0xED, 0xA0, 0x80, 0x0A])  // a lone surrogate, then a line break
  input.append(contentsOf: [0xFF, 0xFE, 0x41, 0x0A])  // stray bytes
  input.append(Data((String(repeating: "9", count: 400) + "\n").utf8))
  input.append(Data("last line without a break".utf8))
  let output = try #require(try runNormalize(input), "build narrate first (swift build)")
  // Split on the line-feed scalar: as a Character, "\r\n" would be one grapheme.
  let lines = String(decoding: output, as: UTF8.self).unicodeScalars.split(
    separator: "\n", omittingEmptySubsequences: false
  ).map { String($0) }
  #expect(lines.count == 9)  // eight lines, then the empty string after the final break
  #expect(lines[0] == "December fourth, twenty twenty three")
  #expect(lines[1] == "")
  #expect(lines[2] == "five point two million dollars\r")
  #expect(lines[3] == "plain line")
  #expect(lines[6].split(separator: " ").count == 400)
}

@Test func normalizeCommandAppliesAPresetsLexicon() throws {
  let folder = try TestSupport.temporaryFolder("normalize-voice")
  defer { try? FileManager.default.removeItem(at: folder) }
  try TestSupport.write(
    """
    entries:
      - word: Dr
        text: Doktor
      - word: GDP
        case: exact
        phonemes: "dZ'i:di:p'i:"
    """, to: "words.yml", in: folder)
  try TestSupport.write("voice: en-us\nlexicons: [words.yml]\n", to: "mine.yml", in: folder)
  let input = Data("Dr. Lee said GDP rose 5%.\n".utf8)

  let plain = try TestSupport.narrate(["normalize"], in: folder, input: input)
  #expect(plain.status == 0, "\(plain.stderr)")
  #expect(plain.stdout == "Doctor Lee said G D P rose five percent.\n")

  let voiced = try TestSupport.narrate(
    ["normalize", "--voice", "mine.yml"], in: folder, input: input)
  #expect(voiced.status == 0, "\(voiced.stderr)")
  #expect(voiced.stdout == "Doktor. Lee said [[dZ'i:di:p'i:]] rose five percent.\n")

  let unknown = try TestSupport.narrate(
    ["normalize", "--voice", "nowhere"], in: folder, input: input)
  #expect(unknown.status != 0)
  #expect(unknown.stderr.contains("nowhere"), "\(unknown.stderr)")
}
