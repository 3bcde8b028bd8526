extension PackageRow: TemplateModel {
    func templateValue() -> TemplateValue {
        var o = TemplateObject(capacity: 16)
        o.set("kdRup", .text(kdRup))
        o.set("name", .html(name.raw))
        o.set("href", TemplateValue(text: href))
        o.set("opd", .text(opd))
        o.set("opdName", .text(opdName))
        o.set("opdLang", TemplateValue(text: opdLang))
        o.set("opdHref", .text(opdHref))
        o.set("method", .html(method.raw))
        o.set("type", .html(type.raw))
        o.set("pagu", .text(pagu))
        o.set("area", .html(area.raw))
        o.set("areaHref", TemplateValue(text: areaHref))
        o.set("filterOPD", .text(filterOPD))
        o.set("filterArea", .text(filterArea))
        o.set("filterMethod", .text(filterMethod))
        o.set("filterText", .text(filterText))
        return .object(o)
    }
}
