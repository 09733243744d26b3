import ArgumentParser
import Foundation
import Narration

extension Narrate {
  /// Prints the article the cleaner finds in a page dump, HTML or Markdown file.
  struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the article found in a page dump, HTML or Markdown file.")

    /// How `clean` prints the article.
    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, json, markdown
    }

    @Argument(help: "The page or article file.")
    var file: String

    @Option(help: "Output format: text (body only), json, or markdown.")
    var format: Format = .text

    @Option(help: "Input format, when detection from the extension and content is wrong.")
    var inputFormat: InputFormat?

    @Option(help: "Title to use instead of the page's own.")
    var title: String?

    @Option(help: "Language to use instead of the page's own (BCP 47, e.g. en-GB).")
    var language: String?

    @Option(help: "An extra rule file (YAML) applied after the bundled rules.")
    var rules: String?

    @Flag(help: "List every dropped line with the rule or signal that dropped it.")
    var explain = false

    func run() throws {
      do {
        var ruleSet = try CleaningRules.bundled()
        if let rules {
          guard let text = try? String(contentsOfFile: rules, encoding: .utf8) else {
            throw NarrationError.fileNotFound(rules)
          }
          ruleSet = ruleSet.adding(try CleaningRules.parse(yaml: text, name: rules))
        }
        let document = try readDocument()
        let cleaner = ArticleCleaner(rules: ruleSet)
        let options = CleaningOptions(title: title, language: language, explain: explain)
        if explain {
          let result = try cleaner.examine(document, options: options)
          printExplanation(result.dropped)
          if result.article.blocks.isEmpty {
            print("no article text found in \(file): every line above was dropped")
          } else {
            let kept = result.article.blocks.count
            print(
              "kept \(kept) block\(kept == 1 ? "" : "s"); dropped \(result.dropped.count) lines")
          }
          return
        }
        let article = try cleaner.clean(document, options: options).article
        switch format {
        case .text: print(article.bodyText)
        case .json: print(try ArticleJSON.encode(article))
        case .markdown: print(ArticleJSON.markdown(article))
        }
      } catch {
        Console.error(error)
        throw ExitCode.failure
      }
    }

    /// The file as a document; its raw bytes are freed on return, before the cleaning starts.
    private func readDocument() throws -> SourceDocument {
      try SourceDocument(name: file, data: try InputFile.data(at: file), format: inputFormat)
    }

    private func printExplanation(_ dropped: [DroppedLine]) {
      // One line per dropped source line: number, rule or signal, and the line's start.
      for line in dropped {
        print("\(line.line)\t\(line.reason)\t\(line.text.prefix(100))")
      }
    }
  }
}
