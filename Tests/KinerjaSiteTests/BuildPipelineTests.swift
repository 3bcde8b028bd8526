import Foundation
import KinerjaCore
@testable import KinerjaSite
import Testing

/// The build's steps (`BuildPipeline`: load → validate → score → render → publish), called
/// one by one as `kinerja build` runs them.
@Suite struct BuildPipelineTests {
    static let epoch = 1_776_643_200  // 2026-04-20, the fixture's build date

    func request(_ site: ServeSupport.Site, output: String = "out", incremental: Bool = true) -> BuildRequest {
        BuildRequest(content: site.content.path, display: "content", templates: ServeSupport.templates.path,
                     output: site.root.appendingPathComponent(output).path, incremental: incremental,
                     generated: Self.epoch, toolStamp: "test")
    }

    @Test func eachStepCanBeCalledOnItsOwn() throws {
        let site = try ServeSupport.Site()
        let pipeline = BuildPipeline(request(site))

        let loaded = pipeline.load()
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(loaded.content.years.map(\.year) == [2026])
        #expect(loaded.content.years[0].indicators.count == 3)

        let checked = pipeline.validate(loaded)
        #expect(!checked.hasErrors, "\(checked.diagnostics)")

        let prepared = pipeline.score(checked.content)
        #expect(prepared.years.map(\.index.year.year) == [2026])

        let session = try pipeline.session(inputs: pipeline.fingerprint())
        try pipeline.render(checked.content, prepared: prepared, into: session)
        // Rendered but not published: nothing is in the output yet.
        #expect(!FileManager.default.fileExists(atPath: pipeline.output.path))
        let result = try pipeline.publish(session)
        #expect(result.written > 40)
        #expect(result.unchanged == 0)
        let page = try String(contentsOf: pipeline.output.appendingPathComponent("2026/packages/52011240/index.html"), encoding: .utf8)
        #expect(page.contains("Pembangunan Jembatan Sungai Mahakam Ulu"))
        #expect(BuildManifest.read(output: pipeline.output)?.outputs.count == result.written)
    }

    @Test func aValidationErrorIsFoundByTheValidateStepAndRunWritesNothing() throws {
        let site = try ServeSupport.Site()
        try site.edit("2026/indicators/IK-01.md", replacing: "polarity:", with: "polaritas:")
        let pipeline = BuildPipeline(request(site))
        let checked = pipeline.validate(pipeline.load())
        #expect(checked.hasErrors)
        guard case let .failed(message, diagnostics) = pipeline.run() else {
            Issue.record("the build went through")
            return
        }
        #expect(message == "content has errors; nothing was written")
        #expect(diagnostics.map(\.location.file).contains { $0.hasSuffix("IK-01.md") })
        #expect(!FileManager.default.fileExists(atPath: pipeline.output.path))
    }

    @Test func runEqualsTheStepsAndASecondRunSkipsOnEqualInputs() throws {
        let site = try ServeSupport.Site()
        let byRun = BuildPipeline(request(site, output: "a"))
        guard case let .built(pages, _, _, _, _, _) = byRun.run() else {
            Issue.record("run failed")
            return
        }
        let bySteps = BuildPipeline(request(site, output: "b"))
        let checked = bySteps.validate(bySteps.load())
        let session = try bySteps.session(inputs: bySteps.fingerprint())
        try bySteps.render(checked.content, prepared: bySteps.score(checked.content), into: session)
        #expect(try bySteps.publish(session).written == pages)
        #expect(try ServeSupport.snapshot(byRun.output) == ServeSupport.snapshot(bySteps.output))

        guard case let .built(written, unchanged, _, _, _, _) = byRun.run() else {
            Issue.record("second run failed")
            return
        }
        #expect(written == 0)
        #expect(unchanged == pages)
    }
}
