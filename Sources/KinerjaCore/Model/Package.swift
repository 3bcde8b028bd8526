/// Paket pengadaan (a row of `packages.csv` or a `packages/<kd_rup>.md` file, SOP 10).
/// Field names follow SIRUP's.
public struct Package: Sendable {
    public var kdRup: String
    public var namaPaket: String
    public var kdSatker: String
    public var namaSatker: String?
    public var pagu: Double?
    public var metodePengadaan: String?
    public var jenisPengadaan: String?
    public var sumberDana: String?
    public var statusPdn: String?
    public var statusUkm: String?
    public var tglAwalPemilihan: SimpleDate?
    public var area: String?
    /// CommonMark narrative; non-nil only for packages with a `.md` file.
    public var body: String?
    public var positions: Positions

    public init(kdRup: String, namaPaket: String, kdSatker: String, namaSatker: String? = nil, pagu: Double? = nil,
                metodePengadaan: String? = nil, jenisPengadaan: String? = nil, sumberDana: String? = nil,
                statusPdn: String? = nil, statusUkm: String? = nil, tglAwalPemilihan: SimpleDate? = nil,
                area: String? = nil, body: String? = nil, positions: Positions) {
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

    /// Whether the package has its own page (a `.md` file).
    public var hasPage: Bool { body != nil }

    /// The SIRUP column names, in the order `packages.csv` uses.
    public static let columns = [
        "kd_rup", "nama_paket", "kd_satker", "nama_satker", "pagu", "metode_pengadaan", "jenis_pengadaan",
        "sumber_dana", "status_pdn", "status_ukm", "tgl_awal_pemilihan", "area",
    ]
}
