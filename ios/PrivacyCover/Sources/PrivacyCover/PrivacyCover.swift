// Covers the app's window while the app is not active, so that the app switcher's snapshot
// (and anyone glancing at a phone left on the switcher) sees no identity number, code or
// password (MASVS-PLATFORM). iOS has no FLAG_SECURE: this is the platform's pattern.
// Minimal on purpose: a view in the brand colour over every window scene, added on
// willResignActive and removed on didBecomeActive. Not compiled on the machine that wrote it.
import UIKit

private final class PrivacyCover {
    static let shared = PrivacyCover()
    private var covers: [UIView] = []
    private var observers: [NSObjectProtocol] = []

    func install() {
        guard observers.isEmpty else { return }
        let center = NotificationCenter.default
        observers.append(center.addObserver(
            forName: UIApplication.willResignActiveNotification, object: nil, queue: .main
        ) { [weak self] _ in self?.show() })
        observers.append(center.addObserver(
            forName: UIApplication.didBecomeActiveNotification, object: nil, queue: .main
        ) { [weak self] _ in self?.hide() })
    }

    private func show() {
        guard covers.isEmpty else { return }
        for case let scene as UIWindowScene in UIApplication.shared.connectedScenes {
            for window in scene.windows where !window.isHidden {
                let cover = UIView(frame: window.bounds)
                cover.autoresizingMask = [.flexibleWidth, .flexibleHeight]
                // The icon's background colour, #0B5CAD.
                cover.backgroundColor = UIColor(red: 0x0B / 255, green: 0x5C / 255, blue: 0xAD / 255, alpha: 1)
                cover.accessibilityElementsHidden = true
                window.addSubview(cover)
                covers.append(cover)
            }
        }
    }

    private func hide() {
        covers.forEach { $0.removeFromSuperview() }
        covers.removeAll()
    }
}

/// Installs the cover once; safe to call again. Call on the main thread at launch.
@_cdecl("macnss_install_privacy_cover")
public func macnssInstallPrivacyCover() {
    PrivacyCover.shared.install()
}
