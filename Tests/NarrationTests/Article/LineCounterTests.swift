import Testing

@testable import Narration

@Suite struct LineCounterTests {
  @Test func countsStayRightWhileTheTableGrows() {
    // Far more distinct lines than the table starts with, each seen one to three times.
    let lines = (0..<5000).map { "Line number \($0) of a long page" }
    var hashes: [UInt64] = []
    for (index, line) in lines.enumerated() {
      let hash = RuleMatcher.hash(line.utf8)
      hashes += Array(repeating: hash, count: index % 3 + 1)
    }
    hashes.append(0)
    let counter = LineCounter(hashes.shuffled())
    for (index, line) in lines.enumerated() {
      #expect(counter[RuleMatcher.hash(line.utf8)] == index % 3 + 1, "line \(index)")
    }
    #expect(counter[RuleMatcher.hash("A line that is not on the page".utf8)] == 0)
    #expect(counter[0] == 0)
  }
}
