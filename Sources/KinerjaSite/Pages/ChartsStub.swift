// TEMPORARY stub until `Charts/` and `OpenData/` land on main; delete this file on that merge.
import KinerjaCore

public enum Charts {
    public static func indicatorChart(indicator: Indicator, scores: [Score], strings: ChartStrings) -> String {
        "<svg role=\"img\" viewBox=\"0 0 600 40\" width=\"600\" height=\"40\"><title>\(strings.titlePrefix)</title>"
            + "<desc>\(strings.noData)</desc></svg>"
    }

    public static func progressBar(capaian: Double?, cap: Double, label: String) -> String {
        let width = Int(((capaian ?? 0) / cap * 100).rounded())
        return "<svg class=\"bar\" role=\"img\" viewBox=\"0 0 100 8\" preserveAspectRatio=\"none\" width=\"100%\" height=\"8\">"
            + "<title>\(label)</title><rect width=\"100\" height=\"8\" fill=\"#e5e7eb\"/>"
            + "<rect width=\"\(max(0, min(100, width)))\" height=\"8\" fill=\"#1d4ed8\"/></svg>"
    }
}

public enum OpenData {
    public static func files(content: Content, generated: String) -> [OutputFile] { [] }
}
