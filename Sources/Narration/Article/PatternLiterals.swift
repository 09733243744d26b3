/// The pieces of literal text that every match of a rule's regular expression contains, read
/// from the pattern itself, so that an ASCII line holding none of them is passed over without
/// running the expression.
///
/// Rule files stay plain data: nobody writes these pieces down, they follow from the pattern.
/// `(get|join) our newsletter.*` gives "get our newsletter" or "join our newsletter";
/// `.{0,200}(getty images|shutterstock)\.?` gives "getty images" or "shutterstock". Each part
/// of a pattern is described by the few exact strings it can match (`e-?mail` matches "email"
/// or "e-mail"), or by what every match of it holds, or by nothing at all (`.`, `\d`, `[^()]`, a
/// repetition that may be empty). What a match holds is a list of branches, one of which every
/// match meets; a branch is a list of clauses, and a match meets it when it holds a piece of
/// each. A sequence keeps the exact strings while they stay few, and otherwise a clause for each
/// part (`(photo|image): .*` holds "photo" or "image", and ":"); an alternation keeps its
/// branches apart while they stay few, and says nothing if one branch says nothing.
///
/// The pieces are lowercased ASCII and hold only for lines in ASCII, compared lowercased: an
/// ASCII character of the pattern then matches just its two cases, and a character outside ASCII
/// that case folding leaves alone ("©", "»") cannot occur in such a line at all. Other characters
/// (which fold to ASCII, such as "ß" to "ss") say nothing. Syntax this reader does not know
/// (`\Q…\E`, flags such as `(?x)`, back references, `\x{…}`) gives no pieces, and the rule is
/// then tried on every line as before.
enum PatternLiterals {
  /// The most exact strings a part may have before only its pieces are kept.
  static let maximumExact = 16
  /// The most pieces a clause may have before it is not worth checking them.
  static let maximumPieces = 48
  /// The most branches kept apart; more are merged into one clause.
  static let maximumBranches = 16
  /// The least length of a beginning or ending that many exact strings share for it to stand
  /// in for them.
  static let sharedEdgeLength = 4

  /// One way every match of a pattern may look: the clauses it meets, each the lowercased
  /// pieces one of which the match holds.
  typealias Branch = [[String]]

  /// The branches one of which every match of `pattern` (case-insensitive) in an ASCII text
  /// meets; a clause without pieces when no ASCII text can match; `nil` when nothing is known.
  static func required(_ pattern: String) -> [Branch]? {
    var reader = Reader(Array(pattern.unicodeScalars))
    guard let info = reader.alternation(), reader.atEnd, let branches = info.requirement else {
      return nil
    }
    return branches.map { clauses in
      clauses.map { pieces in
        // A piece that holds another says nothing more ("getty images." after "getty images").
        pieces.filter { piece in
          !pieces.contains {
            $0.utf8.count < piece.utf8.count && RuleMatcher.contains(piece, Array($0.utf8))
          }
        }.sorted()
      }
    }
  }

  /// What a part of a pattern says about the text it matches.
  enum Info: Equatable {
    /// The part matches exactly one of these strings (lowercased; "" for nothing at all).
    case exact(Set<String>)
    /// Every match of the part meets one of these branches: it holds one piece of each of a
    /// branch's clauses (sets of non-empty strings).
    case pieces([[Set<String>]])
    /// Nothing is known.
    case unknown

    /// The branches one of which every match meets, or `nil` when there are none to ask for.
    ///
    /// Many exact strings that share a beginning or an ending ("listen to this article", "listen
    /// to story", …) give that instead ("listen to "): fewer pieces to look for, nearly as telling.
    var requirement: [[Set<String>]]? {
      switch self {
      case .exact(let strings):
        guard !strings.contains("") else { return nil }
        guard strings.count > 2 else { return [[strings]] }
        let shared =
          [Self.sharedEdge(strings, reversed: false), Self.sharedEdge(strings, reversed: true)]
          .max { $0.utf8.count < $1.utf8.count } ?? ""
        return [[shared.utf8.count >= PatternLiterals.sharedEdgeLength ? [shared] : strings]]
      case .pieces(let branches): return branches
      case .unknown: return nil
      }
    }

    /// The longest beginning (or, `reversed`, ending) that all strings share.
    private static func sharedEdge(_ strings: Set<String>, reversed: Bool) -> String {
      let texts = strings.map { reversed ? Array($0.utf8.reversed()) : Array($0.utf8) }
      guard let first = texts.first else { return "" }
      var length = first.count
      for text in texts.dropFirst() {
        length = min(length, zip(first, text).prefix { $0 == $1 }.count)
      }
      let edge = reversed ? Array(first.prefix(length).reversed()) : Array(first.prefix(length))
      return String(decoding: edge, as: UTF8.self)
    }

    /// What a sequence of this part and then `next` says: every clause of both.
    func then(_ next: Info) -> Info {
      if case .exact(let first) = self, case .exact(let second) = next,
        first.count * second.count <= PatternLiterals.maximumExact
      {
        return .exact(Set(first.flatMap { head in second.map { head + $0 } }))
      }
      switch (requirement, next.requirement) {
      case (nil, nil): return .unknown
      case (let some?, nil), (nil, let some?): return .pieces(some)
      case (let one?, let other?):
        if one.count * other.count <= PatternLiterals.maximumBranches {
          return .pieces(one.flatMap { head in other.map { head + $0 } })
        }
        let clauses = (Self.merged(one) ?? []) + (Self.merged(other) ?? [])
        return clauses.isEmpty ? .unknown : .pieces([clauses])
      }
    }

    /// What an alternation of this part or `other` says.
    func or(_ other: Info) -> Info {
      if case .exact(let first) = self, case .exact(let second) = other,
        first.count + second.count <= PatternLiterals.maximumExact
      {
        return .exact(first.union(second))
      }
      guard let one = requirement, let two = other.requirement else { return .unknown }
      if one.count + two.count <= PatternLiterals.maximumBranches { return .pieces(one + two) }
      return Self.merged(one + two).map { .pieces([$0]) } ?? .unknown
    }

    /// Branches said as one branch: a branch alone as it is; else one clause, each branch's
    /// most telling clause joined, or `nil` when that makes too many pieces.
    private static func merged(_ branches: [[Set<String>]]) -> [Set<String>]? {
      if branches.count == 1 { return branches[0] }
      var pieces: Set<String> = []
      for branch in branches {
        guard let clause = branch.min(by: { moreTelling($0, $1) }) else { return nil }
        pieces.formUnion(clause)
      }
      return pieces.count <= PatternLiterals.maximumPieces ? [pieces] : nil
    }

    /// Whether a clause rules out more lines than another: it has no pieces at all (no ASCII
    /// line matches), else its shortest piece is longer, else it has fewer pieces.
    private static func moreTelling(_ one: Set<String>, _ other: Set<String>) -> Bool {
      let shortest = { (set: Set<String>) in set.map(\.utf8.count).min() ?? Int.max }
      if shortest(one) != shortest(other) { return shortest(one) > shortest(other) }
      return one.count < other.count
    }
  }

  /// Reads a pattern left to right (recursive descent); `nil` from a method stops the reading
  /// where the syntax is not understood.
  struct Reader {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ scalars: [Unicode.Scalar]) {
      self.scalars = scalars
    }

    var atEnd: Bool { index == scalars.count }

    private var next: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    /// Branches separated by `|`, up to the end or a closing bracket.
    mutating func alternation() -> Info? {
      guard var info = sequence() else { return nil }
      while next == "|" {
        index += 1
        guard let branch = sequence() else { return nil }
        info = info.or(branch)
      }
      return info
    }

    /// Quantified atoms one after another, up to `|`, `)` or the end.
    ///
    /// Neighbouring exact parts are joined first (`\.` and `(com|org)` make ".com" and ".org"),
    /// so that a piece is as long as the pattern allows wherever it stands.
    private mutating func sequence() -> Info? {
      var parts: [Info] = []
      while let scalar = next, scalar != "|", scalar != ")" {
        let run = literalRun()
        let part: Info
        if !run.isEmpty {
          part = .exact([run])
        } else {
          guard let atom = atom(), let quantified = quantified(atom) else { return nil }
          part = quantified
        }
        if case .exact = part, let last = parts.last, case .exact = last,
          case .exact(let joined) = last.then(part)
        {
          parts[parts.count - 1] = .exact(joined)
        } else {
          parts.append(part)
        }
      }
      return parts.reduce(Info.exact([""])) { $0.then($1) }
    }

    /// A run of plain ASCII characters that no quantifier follows, lowercased, read at once
    /// (character by character, each would be a part of its own); empty when there is none.
    private mutating func literalRun() -> String {
      var run: [UInt8] = []
      while let scalar = next, scalar.isASCII, !Self.isSyntax(scalar),
        index + 1 == scalars.count || !Self.isQuantifier(scalars[index + 1])
      {
        run.append(ASCIIWord.lowercased(UInt8(scalar.value)))
        index += 1
      }
      return String(decoding: run, as: UTF8.self)
    }

    /// One character, class, group, anchor or escape.
    private mutating func atom() -> Info? {
      guard let scalar = next else { return nil }
      index += 1
      switch scalar {
      case "^", "$": return .exact([""])
      case ".": return .unknown
      case "(": return group()
      case "[": return characterClass()
      case "\\": return escape()
      case "*", "+", "?", "{", "}", "]": return nil
      default: return Self.literal(scalar)
      }
    }

    /// A group after its `(`: plain, non-capturing or a look-around (which matches nothing).
    private mutating func group() -> Info? {
      var lookAround = false
      if next == "?" {
        let rest = scalars[index...].prefix(3).map(Character.init)
        switch String(rest) {
        case let text where text.hasPrefix("?:"): index += 2
        case let text where text.hasPrefix("?="), let text where text.hasPrefix("?!"):
          index += 2
          lookAround = true
        case "?<=", "?<!":
          index += 3
          lookAround = true
        default: return nil
        }
      }
      guard let inner = alternation(), next == ")" else { return nil }
      index += 1
      return lookAround ? .exact([""]) : inner
    }

    /// A bracketed class after its `[`: the few ASCII characters it lists, or unknown.
    private mutating func characterClass() -> Info? {
      var negated = false
      if next == "^" {
        negated = true
        index += 1
      }
      guard next != "]" else { return nil }
      var members: Set<String> = []
      var simple = !negated
      var depth = 1
      var previous: Unicode.Scalar?
      while let scalar = next {
        index += 1
        switch scalar {
        case "]":
          depth -= 1
          if depth == 0 {
            return simple && members.count <= PatternLiterals.maximumExact
              ? .exact(members) : .unknown
          }
        case "[":
          depth += 1
          simple = false
        case "\\":
          guard let escaped = next else { return nil }
          index += 1
          if Self.isQuoted(escaped) {
            previous = escaped
            simple = simple && add(escaped, to: &members)
            continue
          }
          // `\Q` quotes up to `\E`, which may hold a bracket: not read.
          if escaped == "Q" { return nil }
          simple = false
        case "-" where previous != nil && next != "]":
          guard let low = previous, let high = next, high != "[", high != "\\" else {
            simple = false
            continue
          }
          index += 1
          if low.isASCII, high.isASCII, low.value <= high.value,
            high.value - low.value < UInt32(PatternLiterals.maximumExact)
          {
            for value in low.value...high.value {
              if let member = Unicode.Scalar(value) { simple = simple && add(member, to: &members) }
            }
          } else {
            simple = false
          }
          previous = nil
          continue
        case "&":
          simple = false
        default:
          simple = simple && add(scalar, to: &members)
        }
        previous = scalar
      }
      return nil
    }

    /// Adds a class member to `members` (lowercased); false when it says nothing.
    private func add(_ scalar: Unicode.Scalar, to members: inout Set<String>) -> Bool {
      guard case .exact(let strings) = Self.literal(scalar) else { return false }
      members.formUnion(strings)
      return true
    }

    /// An escape after its backslash.
    private mutating func escape() -> Info? {
      guard let scalar = next else { return nil }
      index += 1
      if Self.isQuoted(scalar) { return Self.literal(scalar) }
      switch scalar {
      case "b", "B", "A", "z", "Z", "G": return .exact([""])
      case "d", "D", "w", "W", "s", "S", "h", "H", "v", "V", "t", "n", "r", "f", "e", "a":
        return .unknown
      default: return nil
      }
    }

    /// The part repeated as a quantifier after it says (`?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`,
    /// each perhaps lazy or possessive).
    private mutating func quantified(_ atom: Info) -> Info? {
      let least: Int
      let most: Int?
      switch next {
      case "?": (least, most, index) = (0, 1, index + 1)
      case "*": (least, most, index) = (0, nil, index + 1)
      case "+": (least, most, index) = (1, nil, index + 1)
      case "{":
        guard let bounds = braces() else { return nil }
        (least, most) = bounds
      default: return atom
      }
      // A lazy or possessive quantifier matches the same kind of text.
      if next == "?" || next == "+" { index += 1 }
      switch (least, most) {
      case (1, 1): return atom
      case (0, 1):
        if case .exact(let strings) = atom { return .exact(strings.union([""])) }
        return .unknown
      case (0, _): return .unknown
      default: return atom.requirement.map { .pieces($0) } ?? .unknown
      }
    }

    /// The bounds of `{n}`, `{n,}` or `{n,m}` at the reading position, read past the closing
    /// brace.
    private mutating func braces() -> (Int, Int?)? {
      guard let close = scalars[index...].firstIndex(of: "}") else { return nil }
      let inside = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
      let parts = inside.split(separator: ",", omittingEmptySubsequences: false)
      guard (1...2).contains(parts.count), let least = Int(parts[0]) else { return nil }
      var most: Int? = least
      if parts.count == 2 {
        if parts[1].isEmpty {
          most = nil
        } else {
          guard let bound = Int(parts[1]), bound >= least else { return nil }
          most = bound
        }
      }
      index = close + 1
      return (least, most)
    }

    /// Whether a character has a meaning of its own in a pattern (outside brackets).
    private static func isSyntax(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar {
      case "^", "$", ".", "(", ")", "[", "]", "\\", "*", "+", "?", "{", "}", "|": return true
      default: return false
      }
    }

    /// Whether a character starts a quantifier.
    private static func isQuantifier(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar {
      case "?", "*", "+", "{": return true
      default: return false
      }
    }

    /// Whether a backslash before the character makes it stand for itself (ASCII other than
    /// letters and digits).
    private static func isQuoted(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII && !("a"..."z").contains(scalar) && !("A"..."Z").contains(scalar)
        && !("0"..."9").contains(scalar)
    }

    /// A literal character: itself lowercased in ASCII; nothing an ASCII text holds when case
    /// folding leaves it outside ASCII; unknown when it folds to something else.
    private static func literal(_ scalar: Unicode.Scalar) -> Info {
      if scalar.isASCII {
        let lowered = ASCIIWord.lowercased(UInt8(scalar.value))
        return .exact([String(Character(Unicode.Scalar(lowered)))])
      }
      return scalar.properties.changesWhenCaseFolded ? .unknown : .exact([])
    }
  }
}
