import ArgumentParser
import Foundation
import Narration

extension Narrate {
  /// Rewrites text into what a newsreader says, one output line per input line.
  struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print text as it will be spoken (\"$5\" → \"five dollars\"), line by line.")

    @Argument(help: "A text file, or - (the default) for standard input.")
    var file = "-"

    @Option(help: "Dialect: en-us or en-gb.")
    var dialect = "en-us"

    @Option(
      help: """
        Also apply this voice preset's lexicon (a name from Voices/ or a .yml path): its words \
        are left to the lexicon and printed with its readings, as the episode would speak them.
        """)
    var voice: String?

    func run() throws {
      do {
        let data: Data
        if file == "-" {
          data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
          data = try InputFile.data(at: file)
        }
        // Invalid UTF-8 (lone surrogates, stray bytes) becomes U+FFFD rather than an error:
        // the normalizer must keep one line out per line in.
        let text = String(decoding: data, as: UTF8.self)
        let options = NormalizerOptions(
          dialect: dialect.lowercased() == "en-gb" ? .british : .american)
        var tables = try NormalizerTables.bundled()
        var lexicon: Lexicon?
        if let voice {
          let preset = try VoiceLibrary.standard(environment: ProcessInfo.processInfo.environment)
            .preset(named: voice)
          tables = tables.withLexicon(preset.lexicon)
          lexicon = preset.lexicon
        }
        let normalizer = Normalizer(tables: tables, options: options)
        // Split on the line-feed scalar itself: as a Character, "\r\n" is one grapheme and
        // would not match "\n".
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty ?? false { lines.removeLast() }
        var out = ""
        for line in lines {
          let spoken = normalizer.normalize(String(line))
          out += (lexicon?.apply(spoken) ?? spoken) + "\n"
          if out.utf8.count > 1 << 16 {
            FileHandle.standardOutput.write(Data(out.utf8))
            out = ""
          }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
      } catch {
        Console.error(error)
        throw ExitCode.failure
      }
    }
  }
}
