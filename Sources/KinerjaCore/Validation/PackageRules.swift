/// SOP step 10: cascading areas to procurement packages per OPD (KJ601–KJ604).
enum PackageRules {
    static func check(_ c: YearContext, into bag: inout DiagnosticBag) {
        var first: [String: SourceLocation] = [:]
        first.reserveCapacity(c.year.packages.count)
        let opdCodes = c.site.opds.map(\.code)
        // Packages are read in place (through the buffer), not copied out one by one.
        c.year.packages.withUnsafeBufferPointer { packages in
            for i in packages.indices {
                let kdRup = packages[i].kdRup
                let p = packages[i].positions
                if let earlier = first[kdRup] {
                    bag.add(.KJ603, at: p.value("kd_rup"),
                            "duplicate kd_rup \(kdRup): package is already defined at \(earlier)",
                            hint: "keep one entry per SIRUP package, in packages.csv or in packages/\(kdRup).md")
                    continue
                }
                first[kdRup] = p.value("kd_rup")
                area(packages[i], c, into: &bag)
                let kdSatker = packages[i].kdSatker
                if !kdSatker.isEmpty, !c.opdCodes.contains(kdSatker) {
                    bag.add(.KJ602, at: p.value("kd_satker"),
                            "package \(kdRup): kd_satker `\(kdSatker)` is not an OPD of site.yaml",
                            hint: Suggestion.hint(kdSatker, in: opdCodes) ?? "add it to `opds` in site.yaml")
                }
            }
        }
        areasWithoutPackages(c, into: &bag)
    }

    /// KJ601
    static func area(_ package: Package, _ c: YearContext, into bag: inout DiagnosticBag) {
        let p = package.positions
        guard let area = package.area, !area.isBlank else {
            bag.add(.KJ601, at: p.value("area"), "package \(package.kdRup) has no area",
                    hint: "cascade it to one of the year's areas: \(c.areaIDs.joined(separator: ", "))")
            return
        }
        if c.areas[area] == nil {
            bag.add(.KJ601, at: p.value("area"), "package \(package.kdRup) references unknown area `\(area)`",
                    hint: c.hint(area, among: c.areaIDs, kind: "areas"))
        }
    }

    /// KJ604
    static func areasWithoutPackages(_ c: YearContext, into bag: inout DiagnosticBag) {
        let withPackages = Set(c.year.packages.compactMap(\.area))
        var packageLevel: [String: [String]] = [:]
        for indicator in c.year.indicators where indicator.per == .package {
            if let area = indicator.area { packageLevel[area, default: []].append(indicator.id) }
        }
        for area in c.year.areas where packageLevel[area.id] != nil && !withPackages.contains(area.id) {
            let ids = packageLevel[area.id, default: []].joined(separator: ", ")
            bag.add(.KJ604, at: area.positions.origin,
                    "area `\(area.id)` has package-level indicators (\(ids)) but no packages",
                    hint: "cascade packages to it with `area: \(area.id)` in packages.csv (SOP step 10)")
        }
    }
}
