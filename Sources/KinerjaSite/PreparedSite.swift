import KinerjaCore

/// Each year's scorer and page index, made by `SiteBuilder.prepare` from loaded content.
public struct PreparedSite: Sendable {
    let years: [(scorer: Scorer, index: YearIndex)]
}
