import KinerjaCore

/// Progress towards the medium-term plan (docs/site.md, docs/scoring.md "Medium-term
/// progress") on an indicator page and, per indicator, in a report.
struct MediumTermView: Encodable {
    let indicator: Link?
    let period: String
    let intro: String
    let target: String?
    let yearTarget: String?
    let value: String?
    let progress: String?
    let bar: HTML

    init(_ env: PageEnv, _ m: MediumTermProgress, of indicator: Indicator, link: Link? = nil) throws {
        let text = env.values
        self.indicator = link
        period = m.period.replacingOccurrences(of: "-", with: "–")
        intro = try env.text("medium_term.intro", ["period": period])
        target = text.value(m.target, of: indicator)
        yearTarget = text.value(m.yearTarget, of: indicator)
        value = text.value(m.value, of: indicator)
        progress = m.progress.map(env.l.percent)
        // The figure above the bar names it (as ScoreView's bar).
        bar = HTML(raw: Charts.progressBar(capaian: m.progress, cap: env.build.site.achievementCap, label: "",
                                           mark: env.l.numbers.percent(100, fractionDigits: 0)))
    }

    /// The indicator page's view, or nil without a plan entry.
    static func page(_ env: PageEnv, _ year: YearContent, _ indicator: Indicator) throws -> MediumTermView? {
        try MediumTermProgress.of(indicator, in: year, content: env.build.content, series: env.build.series)
            .map { try MediumTermView(env, $0, of: indicator) }
    }

    /// Every indicator of the report's year with a plan entry, at the report's period.
    static func report(_ env: PageEnv, _ year: YearContent, _ report: Report, order: [Indicator]) throws -> [MediumTermView] {
        let series = env.build.series
        return try order.compactMap { indicator in
            try MediumTermProgress.of(indicator, in: year, content: env.build.content, series: series, at: report.period).map {
                try MediumTermView(env, $0, of: indicator,
                                   link: env.link(indicator.titles, href: env.href(.indicator(year.year, indicator.id))))
            }
        }
    }
}
