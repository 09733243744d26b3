// Measures how fast the text-dump cleaner reads page dumps, in MB of text per CPU second.
//
// Usage: cleaner-speed [--rounds N] FILE...
//
// The files are read into memory first. Each round cleans every file once on its own ("pages":
// what a user or a batch does with real dumps) and then all of them joined into one text
// ("joined": the same text as one long dump, which `Benchmarks/cleaner.sh` times through the
// command, start-up included). Times are the thread's CPU time, so other work on the machine
// slows a round less than it would a wall clock; the best round of each kind is reported, with
// the median beside it.
import Foundation
import Narration

/// The CPU time this thread has used, in seconds.
func cpuSeconds() -> Double {
  var time = timespec()
  guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else {
    fatalError("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed: errno \(errno)")
  }
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Cleans each text once and returns the CPU seconds it took; a text with no article counts.
func clean(_ texts: [(name: String, data: Data)], with cleaner: ArticleCleaner) -> Double {
  let start = cpuSeconds()
  var blocks = 0
  for text in texts {
    do {
      let document = try SourceDocument(name: text.name, data: text.data, format: .text)
      blocks += try cleaner.clean(document, options: CleaningOptions()).article.blocks.count
    } catch {
      // An empty page or one with no article is part of the input; its time still counts.
    }
  }
  let seconds = cpuSeconds() - start
  // Keeps the work observable, so that an optimiser cannot drop it.
  if blocks < 0 { print(blocks) }
  return seconds
}

var arguments = Array(CommandLine.arguments.dropFirst())
var rounds = 5
if arguments.first == "--rounds", arguments.count >= 2, let value = Int(arguments[1]), value > 0 {
  rounds = value
  arguments.removeFirst(2)
}
guard !arguments.isEmpty else {
  FileHandle.standardError.write(Data("usage: cleaner-speed [--rounds N] FILE...\n".utf8))
  exit(2)
}
var pages: [(name: String, data: Data)] = []
for path in arguments {
  guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("cleaner-speed: cannot read \(path)\n".utf8))
    exit(1)
  }
  pages.append((path, data))
}
var joinedData = Data()
for page in pages {
  joinedData.append(page.data)
  joinedData.append(0x0A)
}
let joined = [(name: "joined", data: joinedData)]
let bytes = Double(joinedData.count)

let cleaner: ArticleCleaner
do {
  cleaner = ArticleCleaner(rules: try CleaningRules.bundled())
} catch {
  FileHandle.standardError.write(Data("cleaner-speed: the bundled rules: \(error)\n".utf8))
  exit(1)
}
// One untimed round first: the rules compile and the caches fill.
_ = clean(pages, with: cleaner)

var pageTimes: [Double] = []
var joinedTimes: [Double] = []
for _ in 0..<rounds {
  pageTimes.append(clean(pages, with: cleaner))
  joinedTimes.append(clean(joined, with: cleaner))
}

func report(_ label: String, _ times: [Double]) {
  let sorted = times.sorted()
  let best = bytes / 1e6 / sorted[0]
  let median = bytes / 1e6 / sorted[sorted.count / 2]
  print(
    String(
      format: "%@: %.2f MB, best %.1f MB/s, median %.1f MB/s (%d rounds)", label, bytes / 1e6,
      best, median, times.count))
}
report("pages  (\(pages.count) cleaned one by one)", pageTimes)
report("joined (the same text as one dump)", joinedTimes)
