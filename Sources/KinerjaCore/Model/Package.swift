/// Paket pengadaan (a row of `packages.csv` or a `packages/<kd_rup>.md` file, SOP 10).
/// Field names follow SIRUP's.
public struct Package: Sendable {
    /// A package's fields live in one shared, copy-on-write object: a year holds 12 000
    /// packages that pages, indexes and tables pass around, and copying the struct itself
    /// retained every string field each time.
    private final class Storage: @unchecked Sendable {
        var kdRup: String
        var namaPaket: String
        var kdSatker: String
        var namaSatker: String?
        var pagu: Int64?
        var metodePengadaan: String?
        var jenisPengadaan: String?
        var sumberDana: String?
        var statusPdn: String?
        var statusUkm: String?
        var tglAwalPemilihan: SimpleDate?
        var area: String?
        var body: String?
        var positions: Positions
        var sourceHash: UInt64 = 0
        var frontMatterHash: UInt64 = 0

        init(kdRup: String, namaPaket: String, kdSatker: String, namaSatker: String?, pagu: Int64?, metodePengadaan: String?, jenisPengadaan: String?, sumberDana: String?, statusPdn: String?, statusUkm: String?, tglAwalPemilihan: SimpleDate?, area: String?, body: String?, positions: Positions) {
            self.kdRup = kdRup
            self.namaPaket = namaPaket
            self.kdSatker = kdSatker
            self.namaSatker = namaSatker
            self.pagu = pagu
            self.metodePengadaan = metodePengadaan
            self.jenisPengadaan = jenisPengadaan
            self.sumberDana = sumberDana
            self.statusPdn = statusPdn
            self.statusUkm = statusUkm
            self.tglAwalPemilihan = tglAwalPemilihan
            self.area = area
            self.body = body
            self.positions = positions
        }

        func copy() -> Storage {
            let copy = Storage(kdRup: kdRup, namaPaket: namaPaket, kdSatker: kdSatker, namaSatker: namaSatker, pagu: pagu, metodePengadaan: metodePengadaan, jenisPengadaan: jenisPengadaan, sumberDana: sumberDana, statusPdn: statusPdn, statusUkm: statusUkm, tglAwalPemilihan: tglAwalPemilihan, area: area, body: body, positions: positions)
            copy.sourceHash = sourceHash
            copy.frontMatterHash = frontMatterHash
            return copy
        }
    }

    private var storage: Storage

    /// The storage, copied first when another package shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public var kdRup: String {
        get { storage.kdRup }
        set { unique().kdRup = newValue }
    }
    public var namaPaket: String {
        get { storage.namaPaket }
        set { unique().namaPaket = newValue }
    }
    public var kdSatker: String {
        get { storage.kdSatker }
        set { unique().kdSatker = newValue }
    }
    public var namaSatker: String? {
        get { storage.namaSatker }
        set { unique().namaSatker = newValue }
    }
    public var pagu: Int64? {
        get { storage.pagu }
        set { unique().pagu = newValue }
    }
    public var metodePengadaan: String? {
        get { storage.metodePengadaan }
        set { unique().metodePengadaan = newValue }
    }
    public var jenisPengadaan: String? {
        get { storage.jenisPengadaan }
        set { unique().jenisPengadaan = newValue }
    }
    public var sumberDana: String? {
        get { storage.sumberDana }
        set { unique().sumberDana = newValue }
    }
    public var statusPdn: String? {
        get { storage.statusPdn }
        set { unique().statusPdn = newValue }
    }
    public var statusUkm: String? {
        get { storage.statusUkm }
        set { unique().statusUkm = newValue }
    }
    public var tglAwalPemilihan: SimpleDate? {
        get { storage.tglAwalPemilihan }
        set { unique().tglAwalPemilihan = newValue }
    }
    public var area: String? {
        get { storage.area }
        set { unique().area = newValue }
    }
    /// CommonMark narrative; non-nil only for packages with a `.md` file.
    public var body: String? {
        get { storage.body }
        set { unique().body = newValue }
    }
    public var positions: Positions {
        get { storage.positions }
        set { unique().positions = newValue }
    }
    /// For a `.md` package: XXH64 of the whole file's text (front matter and narrative), and
    /// of its front matter alone; 0 for a row of `packages.csv`. The build manifest keys the
    /// package's page with the first and the year's other pages with the second
    /// (docs/performance.md, "Incremental builds").
    public var sourceHash: UInt64 {
        get { storage.sourceHash }
        set { unique().sourceHash = newValue }
    }
    public var frontMatterHash: UInt64 {
        get { storage.frontMatterHash }
        set { unique().frontMatterHash = newValue }
    }

    public init(kdRup: String, namaPaket: String, kdSatker: String, namaSatker: String? = nil, pagu: Int64? = nil,
                metodePengadaan: String? = nil, jenisPengadaan: String? = nil, sumberDana: String? = nil,
                statusPdn: String? = nil, statusUkm: String? = nil, tglAwalPemilihan: SimpleDate? = nil,
                area: String? = nil, body: String? = nil, positions: Positions) {
        storage = Storage(kdRup: kdRup, namaPaket: namaPaket, kdSatker: kdSatker, namaSatker: namaSatker, pagu: pagu, metodePengadaan: metodePengadaan, jenisPengadaan: jenisPengadaan, sumberDana: sumberDana, statusPdn: statusPdn, statusUkm: statusUkm, tglAwalPemilihan: tglAwalPemilihan, area: area, body: body, positions: positions)
    }

    /// Whether the package has its own page (a `.md` file).
    public var hasPage: Bool { body != nil }

    /// The SIRUP column names, in the order `packages.csv` uses.
    public static let columns = [
        "kd_rup", "nama_paket", "kd_satker", "nama_satker", "pagu", "metode_pengadaan", "jenis_pengadaan",
        "sumber_dana", "status_pdn", "status_ukm", "tgl_awal_pemilihan", "area",
    ]
}
