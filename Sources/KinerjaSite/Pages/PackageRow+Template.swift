extension PackageRow: TemplateModel {
    func templateValue() -> TemplateValue {
        var o = TemplateObject(capacity: 15)
        o.set("kdRup", .text(kdRup))
        o.set("name", .text(name))
        o.set("href", TemplateValue(text: href))
        o.set("opd", .text(opd))
        o.set("opdName", .text(opdName))
        o.set("opdHref", .text(opdHref))
        o.set("method", .text(method))
        o.set("type", .text(type))
        o.set("pagu", .text(pagu))
        o.set("area", .text(area))
        o.set("areaHref", TemplateValue(text: areaHref))
        o.set("filterOPD", .text(filterOPD))
        o.set("filterArea", .text(filterArea))
        o.set("filterMethod", .text(filterMethod))
        o.set("filterText", .text(filterText))
        return .object(o)
    }
}
