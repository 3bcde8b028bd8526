import KinerjaCore

/// The latest reported progress of every action of a year.
struct ActionProgressIndex: Sendable {
    struct Entry {
        let period: Period
        let progress: ActionProgress
    }

    let latest: [String: Entry]

    init(_ year: YearContent) {
        var latest: [String: Entry] = [:]
        for r in year.realizations.sorted(by: { $0.period < $1.period }) {
            for a in r.actions { latest[a.id] = Entry(period: r.period, progress: a) }
        }
        self.latest = latest
    }
}
