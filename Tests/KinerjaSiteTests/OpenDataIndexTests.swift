import Testing
import KinerjaCore
@testable import KinerjaSite

@Suite struct OpenDataIndexTests {
    @Test func listsDataFilesNewestYearFirstWithSizes() {
        let files = [
            OutputFile(path: "data/2025/packages.csv", bytes: Array(repeating: 0, count: 5)),
            OutputFile(path: "data/2026/indicators.csv", bytes: Array(repeating: 0, count: 7)),
            OutputFile(path: "index.html", bytes: [1]),
            OutputFile(path: "data/datapackage.json", bytes: Array(repeating: 0, count: 3)),
            OutputFile(path: "data/2026/indicators.json", bytes: Array(repeating: 0, count: 11)),
            OutputFile(path: "data/2026/notes.txt", bytes: [1]),
        ]
        let index = OpenData.index(files: files)
        #expect(index.map(\.path) == [
            "data/datapackage.json", "data/2026/indicators.json", "data/2026/indicators.csv", "data/2025/packages.csv",
        ])
        #expect(index.map(\.bytes) == [3, 11, 7, 5])
        #expect(index.map(\.year) == [nil, 2026, 2026, 2025])
        #expect(index[1].href == "2026/indicators.json")
        #expect(index[1].format == "JSON")
        #expect(index[2].mediatype == "text/csv")
    }
}
