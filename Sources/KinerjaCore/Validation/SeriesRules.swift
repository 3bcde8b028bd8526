/// Years side by side (docs/content.md): KJ308 a baseline that disagrees with the final
/// value of the year before, KJ309 a `continues` id that no earlier year folder has.
enum SeriesRules {
    static func check(_ content: Content, into bag: inout DiagnosticBag) {
        guard content.years.count > 1 else {
            for year in content.years { unknownContinues(year, series: nil, into: &bag) }
            return
        }
        let series = YearSeries(content: content)
        for year in content.years {
            unknownContinues(year, series: series, into: &bag)
            for indicator in year.indicators { baseline(indicator, year: year, series: series, into: &bag) }
        }
    }

    /// KJ309
    static func unknownContinues(_ year: YearContent, series: YearSeries?, into bag: inout DiagnosticBag) {
        for indicator in year.indicators {
            guard let old = indicator.continues else { continue }
            if series?.earlier(indicator, before: year.year).isEmpty == false { continue }
            bag.add(.KJ309, at: indicator.positions.value("continues"),
                    "indicator \(indicator.id) continues \(old), but no year folder before \(year.year) has an indicator \(old)",
                    hint: "`continues` names the id the indicator had in an earlier year folder")
        }
    }

    /// KJ308: compared at 2 decimals, the precision of the open data.
    static func baseline(_ indicator: Indicator, year: YearContent, series: YearSeries, into bag: inout DiagnosticBag) {
        guard let base = indicator.baseline, let value = base.value, let baseYear = base.year,
              let earlier = series.earlier(indicator, before: year.year).last(where: { $0.year.year == baseYear }) else { return }
        guard let final = series.final(earlier.indicator, in: earlier.year).value else { return }
        guard (value * 100).rounded() != (final * 100).rounded() else { return }
        bag.add(.KJ308, at: indicator.positions.value("baseline.value"),
                "baseline \(Numbers.show(value)) (\(baseYear)) of indicator \(indicator.id) differs from its final value \(Numbers.show(final)) in \(baseYear)/",
                hint: "the baseline is the final value of the year before: write \(Numbers.show((final * 100).rounded() / 100)), or explain the difference in the indicator's text and correct the year before")
    }
}
