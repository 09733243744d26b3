import Foundation

/// The choice of the container that holds the article: Readability's scores, widened to the
/// ancestor that adds mostly prose, with boxes of links inside it left out.
extension HTMLCleaner {
  /// Picks the blocks of the article: those inside the best container and its strong siblings.
  func select(
    _ blocks: [Block], containers: inout [Int: Container], clusters: inout Set<Int>
  ) -> Set<Int> {
    let commas = blocks.map { Self.commas(in: $0.text) }
    for (index, block) in blocks.enumerated() {
      let prose = Self.isProse(block) ? block.characters : 0
      for id in block.ancestors {
        containers[id]?.commas += commas[index]
        containers[id]?.blocks += 1
        containers[id]?.characters += block.characters
        containers[id]?.linkCharacters += block.linkCharacters
        containers[id]?.proseCharacters += prose
      }
    }
    for (index, block) in blocks.enumerated() where block.kind != .heading && block.characters >= 25
    {
      guard block.linkDensity < 0.5 else { continue }
      let contentScore = 1 + Double(commas[index]) + min(Double(block.characters) / 100, 3)
      // The paragraph element itself is ancestors[0]; its parent earns the full score.
      for (level, id) in block.ancestors.dropFirst().prefix(5).enumerated() {
        if let container = containers[id], !container.scored {
          containers[id]?.score += initialScore(container)
          containers[id]?.scored = true
        }
        let divider = level == 0 ? 1 : (level == 1 ? 2 : Double(level) * 3)
        containers[id]?.score += contentScore / divider
      }
    }
    var best: (id: Int, score: Double)?
    var finals: [Int: Double] = [:]
    for (id, container) in containers where container.scored {
      let final = container.score * (1 - container.linkDensity)
      finals[id] = final
      // Ties go to the earlier element, so that the choice does not hang on hashing order.
      if let current = best, final < current.score || (final == current.score && id > current.id) {
        continue
      }
      best = (id, final)
    }
    guard var best else { return [] }
    best.id = widen(best.id, containers: containers)
    var accepted: Set<Int> = [best.id]
    let threshold = max(10, best.score * 0.2)
    if let parent = containers[best.id]?.parent {
      for (id, container) in containers where container.parent == parent && id != best.id {
        if let score = finals[id], score >= threshold { accepted.insert(id) }
      }
    }
    var selected: Set<Int> = []
    let parent = containers[best.id]?.parent
    for (index, block) in blocks.enumerated() {
      if let top = block.ancestors.firstIndex(where: { accepted.contains($0) }) {
        // A box of links inside the article (related stories, tags, a share bar) goes whole,
        // including the summaries between its links (Readability's conditional cleaning).
        let inner = block.ancestors[..<top].dropFirst()
        if inner.contains(where: { Self.isLinkCluster(containers[$0]) }) {
          clusters.insert(index)
        } else {
          selected.insert(index)
        }
      } else if let parent, block.ancestors.dropFirst().first == parent,
        block.kind == .paragraph, block.linkDensity < 0.25,
        block.characters > 80 || (LineSignals(block.text).endsSentence && block.linkCharacters == 0)
      {
        // A paragraph beside the best container (Readability's sibling rule).
        selected.insert(index)
      }
    }
    return selected
  }

  /// Climbs from the best container to the largest ancestor that adds mostly prose.
  ///
  /// Pages often split one article over several sibling wrappers (a column per few paragraphs,
  /// a box between ads); the scorer picks one of them. An ancestor is taken while what it adds
  /// beyond the current choice is at least two-thirds prose, or next to nothing.
  private func widen(_ start: Int, containers: [Int: Container]) -> Int {
    guard var chosen = containers[start] else { return start }
    var chosenID = start
    var current = chosen
    while let parentID = current.parent, let parent = containers[parentID] {
      let extra = parent.characters - chosen.characters
      let extraProse = parent.proseCharacters - chosen.proseCharacters
      let other = extra - extraProse
      if extra <= 0 || other * 2 <= extraProse || (other <= 40 && extraProse == 0) {
        chosen = parent
        chosenID = parentID
      } else {
        break
      }
      current = parent
    }
    return chosenID
  }

  /// The score a container starts with: by its tag, plus the weights of the `weight` rules that
  /// its class, id and `itemprop` match.
  private func initialScore(_ container: Container?) -> Double {
    guard let container else { return 0 }
    var score: Double
    switch container.tag {
    case "div", "article": score = 5
    case "pre", "td", "blockquote": score = 3
    case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
    case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
    default: score = 0
    }
    let names = container.names
    if !names.isEmpty {
      let range = NSRange(names.startIndex..., in: names)
      for rule in weights where rule.pattern.firstMatch(in: names, range: range) != nil {
        score += rule.weight
      }
    }
    return score
  }

  /// The share of link text above which an element inside the article is a box of links.
  static let linkClusterDensity = 0.4

  /// The number of commas in a text (in Latin, Chinese and Japanese punctuation).
  private static func commas(in text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + ("，,、".unicodeScalars.contains($1) ? 1 : 0) }
  }

  /// Whether an element inside the article is mostly links (and not prose full of commas,
  /// such as a wiki page that links every other word).
  ///
  /// A box holds several blocks; a wrapper around one paragraph is that paragraph, which the
  /// block's own link density judges.
  private static func isLinkCluster(_ container: Container?) -> Bool {
    guard let container, container.blocks >= 2, container.characters >= 40, container.commas < 10
    else { return false }
    return container.linkDensity > linkClusterDensity
  }

  /// Whether a block reads as the story's own prose rather than a teaser's summary: prose
  /// (``isProse(_:)``) with hardly any links.
  static func isPlainProse(_ block: Block) -> Bool {
    isProse(block) && block.linkDensity < 0.25
  }

  /// Whether a block reads as article prose: a sentence of some length with few links.
  static func isProse(_ block: Block) -> Bool {
    guard block.kind != .heading, block.characters >= 60, block.linkDensity < 0.3 else {
      return false
    }
    let signals = LineSignals(block.text)
    return signals.endsSentence || signals.effectiveWords >= 15
  }
}
