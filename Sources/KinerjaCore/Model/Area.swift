/// Area strategis (`<year>/areas/<id>.md`, SOP 1).
public struct Area: Sendable {
    public var id: String
    /// The title, written once or per language (docs/content.md).
    public var titles: LocalizedText
    /// The title in the default language.
    public var title: String {
        get { titles.text }
        set { titles = LocalizedText(newValue) }
    }
    public var objective: String?
    public var order: Int
    public var body: String
    /// Bodies in other languages (`<name>.en.md`), by language code.
    public var bodies: [String: String] = [:]
    public var positions: Positions

    public init(id: String, title: String, objective: String?, order: Int = 0, body: String = "", positions: Positions) {
        self.id = id
        titles = LocalizedText(title)
        self.objective = objective
        self.order = order
        self.body = body
        self.positions = positions
    }
}
