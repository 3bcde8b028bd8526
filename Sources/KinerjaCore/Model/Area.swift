/// Area strategis (`<year>/areas/<id>.md`, SOP 1).
public struct Area: Sendable {
    public var id: String
    public var title: String
    public var objective: String?
    public var order: Int
    public var body: String
    public var positions: Positions

    public init(id: String, title: String, objective: String?, order: Int = 0, body: String = "", positions: Positions) {
        self.id = id
        self.title = title
        self.objective = objective
        self.order = order
        self.body = body
        self.positions = positions
    }
}
