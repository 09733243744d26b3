// swift-tools-version:6.0
import PackageDescription

// The text-dump cleaner's throughput inside one process, without a process's start-up or file
// reading: a benchmark, kept out of the main package so that its build and CI never pay for it.
let package = Package(
  name: "CleanerSpeed",
  platforms: [.macOS(.v14)],
  dependencies: [.package(name: "narrate", path: "../..")],
  targets: [
    .executableTarget(
      name: "cleaner-speed",
      dependencies: [.product(name: "Narration", package: "narrate")])
  ],
  swiftLanguageModes: [.v6]
)
