/// The site's rating bands, highest first.
struct BandScale: Sendable {
    private let bands: [Band]

    /// Orders `bands` by `min`, highest first, keeping the site's order among equal minimums,
    /// so that a misordered `site.yaml` still rates correctly.
    init(_ bands: [Band]) {
        self.bands = bands.enumerated()
            .sorted { ($0.element.min, -$0.offset) > ($1.element.min, -$1.offset) }
            .map(\.element)
    }

    /// The first band (highest first) whose `min` ≤ `capaian`; nil below every band.
    func band(for capaian: Double) -> Band? {
        bands.first { $0.min <= capaian }
    }
}
