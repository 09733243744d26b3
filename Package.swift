// swift-tools-version:6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
  name: "narrate",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "narrate", targets: ["narrate"]),
    .library(name: "Narration", targets: ["Narration"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
  ],
  targets: [
    // C libraries, linked in-process. Each is wrapped by exactly one Swift file in Narration.
    .systemLibrary(
      name: "CEspeakNG", pkgConfig: "espeak-ng",
      providers: [.apt(["libespeak-ng-dev"]), .brew(["espeak-ng"])]),
    .systemLibrary(
      name: "CLAME", pkgConfig: "lame",
      providers: [.apt(["libmp3lame-dev"]), .brew(["lame"])]),
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    .systemLibrary(
      name: "CMark", pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]),
    .target(
      name: "Narration",
      dependencies: [
        "CEspeakNG", "CLAME", "CLibXML2", "CMark",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "FlyingFox", package: "FlyingFox"),
      ],
      resources: [.copy("Resources")],
      swiftSettings: strictSettings),
    .executableTarget(
      name: "narrate",
      dependencies: [
        "Narration",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSettings),
    .testTarget(
      name: "NarrationTests",
      dependencies: ["Narration"],
      resources: [.copy("Fixtures")],
      swiftSettings: strictSettings),
  ],
  swiftLanguageModes: [.v6]
)
