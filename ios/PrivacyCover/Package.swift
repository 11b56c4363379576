// swift-tools-version:5.9
// The privacy cover as a Swift package: a static library with one C entry point,
// `macnss_install_privacy_cover()`. See ios/README.md for how it is (and is not yet) linked.
import PackageDescription

let package = Package(
    name: "PrivacyCover",
    platforms: [.iOS(.v15)],
    products: [.library(name: "PrivacyCover", type: .static, targets: ["PrivacyCover"])],
    targets: [.target(name: "PrivacyCover")]
)
