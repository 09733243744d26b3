import Foundation

/// Boilerplate rules, loaded from data files: each recognises one kind of page chrome.
///
/// The bundled files are `Resources/Rules/*.yml` (see ``bundledFiles``); users add their own
/// with `--rules`. A rule file has a `rules:` list and, optionally, `abbreviations:` and
/// `languages:` (stop words by language tag).
public struct CleaningRules: Sendable, Hashable {
  /// One rule: the lines (or HTML elements) it marks as page chrome, and a note on what it is for.
  ///
  /// A rule gives a regular expression (``pattern``), literal whole lines (``phrases``),
  /// literal pieces of a line (``contains``), or several of them; it matches when one does.
  /// Literal forms cost a hash look-up or a substring search instead of a regular expression.
  public struct Rule: Sendable, Hashable, Codable {
    /// Where a rule applies.
    public enum Scope: String, Sendable, Hashable, Codable {
      /// The pattern matches a whole trimmed line (or HTML block) that is chrome.
      case line
      /// The pattern matches a whole line that labels a part of the page that is not the
      /// article ("More news", "Comments"); the article never runs across such a line.
      case section
      /// The pattern is searched for in an HTML element's `class` and `id`; matching elements
      /// (other than `article`, `main` and `body`) are dropped with everything inside them.
      case element
      /// The rule matches a whole line that is chrome only where it stands at the start or
      /// end of the article's text (a newsletter plea, an author's biography, a disclosure):
      /// it is tried on the first and last paragraphs of the body, never in its middle.
      case edge
      /// The pattern is searched for in an HTML element's `class`, `id` and `itemprop`; a
      /// matching element's score as the article's container changes by ``weight``.
      case weight
      /// The pattern is searched for in the addresses a quote (`blockquote`) cites or links to;
      /// a matching quote is a post embedded from a social network (a tweet, an Instagram
      /// post) and is dropped with everything inside it.
      case embed
    }

    /// A short stable identifier, shown by `--explain`.
    public var id: String
    /// A regular expression, matched case-insensitively as ``scope`` says.
    public var pattern: String?
    /// Whole lines that are chrome, compared ignoring case, surrounding spaces, and trailing
    /// punctuation and arrows (`.`, `!`, `:`, `…`, `>`, `»`, `›`, `→`, `|`).
    public var phrases: [String]?
    /// Literal pieces of text, ignoring case: a line that contains one is chrome.
    public var contains: [String]?
    /// Literal beginnings, ignoring case: when given (or ``endsWith`` is), the pattern is tried
    /// only on lines that start with one of them or end with one of ``endsWith``.
    public var startsWith: [String]?
    /// Literal endings, ignoring case and trailing spaces and full stops (see ``startsWith``).
    public var endsWith: [String]?
    /// What the rule is for, for people reading the rule file.
    public var note: String
    /// Where the rule applies; `line` when the file does not say.
    public var scope: Scope?
    /// Words of which a line must contain at least one for the rule to be tried.
    ///
    /// A fast pre-check, since most lines match no rule: lowercase letters and digits, `#` for
    /// any number, or a symbol such as `©`. Without keywords the pattern is tried on every line.
    public var keywords: [String]?
    /// The most words a line can have for the rule to be tried (another fast pre-check).
    public var maxWords: Int?
    /// For a `section` rule: whether the labelled part can sit inside an article (a box of
    /// related stories between two paragraphs), so that the article may go on after it.
    public var interrupts: Bool?
    /// Whether the labelled part (a `section` rule's) or the matching line closes an article.
    ///
    /// A comment section closes an article wherever it stands, so that in a text dump without a
    /// headline the best run before its label is the story, not a longer comment thread or page
    /// after it. For a `line` rule, a matching line (the footer's copyright line) ends the
    /// article in a text dump and closes it in the same way, though it labels no part of the
    /// page.
    public var closes: Bool?
    /// For a `line` rule: whether a matching line is a photo credit ("Reuters", "(Image: …)"), so
    /// that a long line without a full stop just above it in a text dump is the photo's caption.
    public var marksCaption: Bool?
    /// For a `line` rule: whether it is also tried on the end of a long line that closes with a
    /// bracket, such as a long photo caption that ends with its credit ("(AP Photo/Jane Doe)").
    ///
    /// Other rules are never tried on lines over ``RuleMatcher/maximumLineLength``.
    public var matchesLongLineEnd: Bool?
    /// For a `line` rule: whether a matching line closes a teaser for another page ("Read
    /// more"), so that three or more teasers in a row in a text dump are a list of them.
    public var marksTeaser: Bool?
    /// For a `line` rule: whether a matching line is part of a sign-up form (its field, button or
    /// legal line), so that in a text dump the short heading and blurb just above the form are
    /// the form's box and go with it.
    public var marksForm: Bool?
    /// For a `weight` rule: what a matching element adds to its score as the article's
    /// container (Readability's class weights: 25 for "content", -25 for "sidebar").
    public var weight: Int?

    /// Creates a rule.
    public init(
      id: String, pattern: String? = nil, note: String, scope: Scope? = nil,
      keywords: [String]? = nil, maxWords: Int? = nil, interrupts: Bool? = nil,
      phrases: [String]? = nil, contains: [String]? = nil, startsWith: [String]? = nil,
      endsWith: [String]? = nil, weight: Int? = nil, marksCaption: Bool? = nil,
      matchesLongLineEnd: Bool? = nil, marksTeaser: Bool? = nil, marksForm: Bool? = nil,
      closes: Bool? = nil
    ) {
      self.id = id
      self.pattern = pattern
      self.phrases = phrases
      self.contains = contains
      self.startsWith = startsWith
      self.endsWith = endsWith
      self.note = note
      self.scope = scope
      self.keywords = keywords
      self.maxWords = maxWords
      self.interrupts = interrupts
      self.closes = closes
      self.weight = weight
      self.marksCaption = marksCaption
      self.matchesLongLineEnd = matchesLongLineEnd
      self.marksTeaser = marksTeaser
      self.marksForm = marksForm
    }
  }

  /// The rules, in file order.
  public var rules: [Rule]
  /// Words that end with a full stop without ending a sentence ("Dec", "Dr"), lowercased.
  public var abbreviations: Set<String>
  /// For each language tag, its most frequent function words, lowercased (for guessing the
  /// language of an article that does not say it).
  public var stopWords: [String: Set<String>]

  /// How many paragraphs at the start and at the end of each part of the body ``Rule/Scope/edge``
  /// rules are tried on.
  static let edgeWindow = (start: 2, end: 3)

  /// The bundled rule files, below `Resources/`.
  public static let bundledFiles = [
    "Rules/boilerplate.yml", "Rules/sections.yml", "Rules/elements.yml", "Rules/edges.yml",
    "Rules/abbreviations.yml", "Rules/languages.yml",
  ]

  /// Creates a rule set.
  public init(
    rules: [Rule], abbreviations: Set<String> = [], stopWords: [String: Set<String>] = [:]
  ) {
    self.rules = rules
    self.abbreviations = abbreviations
    self.stopWords = stopWords
  }

  /// Decodes rules from YAML text (a `rules:` list of `id`, `pattern`, `note`, optional `scope`,
  /// and optional `abbreviations:` and `languages:` lists).
  public static func parse(yaml: String, name: String) throws(NarrationError) -> CleaningRules {
    try parse(yaml: yaml, name: name, checkingPatterns: true)
  }

  /// Decodes rules from YAML text; `checkingPatterns` compiles every pattern to report a bad one
  /// (the bundled files skip it: their patterns are checked by the tests, and compiling them
  /// twice would cost every run of narrate).
  static func parse(
    yaml: String, name: String, checkingPatterns: Bool
  ) throws(NarrationError) -> CleaningRules {
    let file = try RuleFileReader(name: name).read(yaml)
    for rule in file.rules {
      guard let pattern = rule.pattern else {
        if rule.phrases == nil && rule.contains == nil || rule.scope == .element
          || rule.scope == .embed
        {
          throw .invalidInput(
            name, problem: "rule '\(rule.id)' needs a pattern, phrases or contains")
        }
        continue
      }
      guard checkingPatterns else { continue }
      do {
        _ = try NSRegularExpression(pattern: pattern)
      } catch {
        throw .invalidInput(name, problem: "rule '\(rule.id)' has an invalid pattern: \(pattern)")
      }
    }
    return CleaningRules(
      rules: file.rules, abbreviations: Set(file.abbreviations.map { $0.lowercased() }),
      stopWords: file.languages.mapValues { Set($0.map { $0.lowercased() }) })
  }

  /// The rules that ship with narrate.
  public static func bundled() throws(NarrationError) -> CleaningRules {
    var result = CleaningRules(rules: [])
    for file in bundledFiles {
      let url = Resources.url(file)
      result = result.adding(
        try parse(yaml: try Resources.text(at: url), name: url.path, checkingPatterns: false))
    }
    return result
  }

  /// This rule set followed by another's rules.
  public func adding(_ other: CleaningRules) -> CleaningRules {
    CleaningRules(
      rules: rules + other.rules, abbreviations: abbreviations.union(other.abbreviations),
      stopWords: stopWords.merging(other.stopWords) { $0.union($1) })
  }
}
