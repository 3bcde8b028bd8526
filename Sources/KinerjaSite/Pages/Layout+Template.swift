extension Layout: TemplateModel {
    func templateValue() throws -> TemplateValue {
        var o = TemplateObject(capacity: 27)
        o.set("lang", .text(lang))
        o.set("title", .text(title))
        o.set("heading", .html(heading.raw))
        o.set("documentTitle", .text(documentTitle))
        o.set("titleLang", TemplateValue(text: titleLang))
        o.set("contentLang", TemplateValue(text: contentLang))
        o.set("description", .text(description))
        o.set("siteTitle", .html(siteTitle.raw))
        o.set("unit", .html(unit.raw))
        o.set("shortName", .html(shortName.raw))
        o.set("homeHref", .text(homeHref))
        o.set("canonical", .text(canonical))
        o.set("stylesheet", .text(stylesheet))
        o.set("script", TemplateValue(text: script))
        o.set("offlineScript", .text(offlineScript))
        o.set("feed", .text(feed))
        o.set("dataHref", .text(dataHref))
        o.set("reportsHref", .text(reportsHref))
        o.set("nav", .list(nav.map { $0.templateValue() }))
        o.set("languages", .list(languages.map { $0.templateValue() }))
        o.set("multilingual", .bool(multilingual))
        o.set("breadcrumbs", .list(breadcrumbs.map { $0.templateValue() }))
        o.set("hasBreadcrumbs", .bool(hasBreadcrumbs))
        o.set("generated", .text(generated))
        o.set("printUnit", .text(printUnit))
        o.set("printGenerated", .text(printGenerated))
        o.set("bodyClass", .text(bodyClass))
        o.set("meta", try TemplateEncoder.encode(meta))
        o.set("yearSwitch", try yearSwitch.map { try TemplateEncoder.encode($0) } ?? .null)
        o.set("license", try TemplateEncoder.encode(license))
        o.set("searchHref", .text(searchHref))
        return .object(o)
    }
}

extension Layout.LanguageLink: TemplateModel {
    func templateValue() -> TemplateValue {
        var o = TemplateObject(capacity: 4)
        o.set("code", .text(code))
        o.set("name", .text(name))
        o.set("href", .text(href))
        o.set("current", .bool(current))
        return .object(o)
    }
}
